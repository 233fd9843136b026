// ReadoutKnowledge module placeholder; replaced by its implementation.
import ReadoutCore
