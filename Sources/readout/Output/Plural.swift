// Counts in words as people write them: "1 file", "2 files", "0 documents".
enum Plural {
    /// "1 file", "3 files"; `plural` for irregular nouns ("1 story", "2 stories").
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + word(n, singular, plural)
    }

    static func word(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        n == 1 ? singular : plural ?? singular + "s"
    }
}
