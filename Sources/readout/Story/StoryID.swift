// Story ids as the commands take and show them: "story-N" (or just N), N the store id of the story's
// first stored document — unique in the store, and the same however many articles join it later.
enum StoryID {
    /// The number in "story-12" or "12"; a one-line failure for anything else.
    static func number(_ id: String) throws -> Int64 {
        let digits = id.hasPrefix("story-") ? String(id.dropFirst("story-".count)) : id
        guard let number = Int64(digits), number > 0 else {
            throw CommandFailure("\"\(id)\" is not a story id (story-12, or 12); `readout stories` lists them")
        }
        return number
    }

    static func unknown(_ id: String) -> CommandFailure {
        CommandFailure("no story \(id); `readout stories` lists them")
    }
}
