// The corpus `readout bench --scale N` ingests: N articles made from real ones, each copy of the
// base articles with its own cast of people (PersonRenamer), written as JSON Lines files so the
// benchmark ingests them the way `readout ingest` reads any folder.
// In: the base articles (read once), N. Out: the files in a folder, the words they hold, and how
// many base articles could be used (one naming no person would be the same text in every copy,
// and the store keeps one article per text).
import Foundation
import ReadoutAnalysis
import ReadoutCore
import ReadoutIngest

struct ScaleCorpus {
    /// Articles written, words in them (whitespace-separated, as `wc -w` counts).
    var articles = 0
    var words = 0
    /// Base articles read, and those naming people (the ones copied).
    var baseArticles = 0
    var copiedArticles = 0
    /// Distinct name words each copy renames.
    var renamedWords = 0
    var files: [String] = []

    /// Articles per JSON Lines file: enough files for ingest to spread them over every core.
    static let articlesPerFile = 10

    /// Writes `count` articles into `folder`; `saveText` also gets each one's id and text.
    static func write(count: Int, from base: [Article], into folder: URL, saveText: String? = nil) throws -> ScaleCorpus {
        let analyzer = ArticleAnalyzer()
        let analyses = base.map { analyzer.analyze($0) }
        var corpus = ScaleCorpus(baseArticles: base.count)
        let probe = PersonRenamer(analyses, copies: 2)
        // Only articles whose text changes from copy to copy: the others would all be one stored article.
        let usable = base.filter { probe.rename($0.text, copy: 0) != probe.rename($0.text, copy: 1) }
        guard !usable.isEmpty else {
            throw CommandFailure("none of the \(Plural.count(base.count, "article")) names a person to rename; give articles about people")
        }
        corpus.copiedArticles = usable.count
        let copies = (count + usable.count - 1) / usable.count
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Names change the analyzer's reading around them: a word it took for a ship or a body in the
        // original may be read as a person's in a copy ("HMS Queen Elizabeth"). Left unrenamed, such a
        // word would be one person shared by every copy; a copy read once finds them.
        let reader = ArticleReader()
        var copyAnalyses: [ArticleAnalysis] = []
        for article in usable {
            let data = try encoder.encode(Record(article, renamer: probe, copy: 1))
            copyAnalyses += reader.read(data: data, name: "copy.jsonl").articles.map { analyzer.analyze($0) }
        }
        let renamer = PersonRenamer(analyses + copyAnalyses, copies: copies)
        corpus.renamedWords = renamer.renamedWords

        var lines = Data(), saved = Data()
        func flush() throws {
            guard !lines.isEmpty else { return }
            let file = folder.appendingPathComponent(String(format: "scale-%07d.jsonl", corpus.files.count))
            try lines.write(to: file)
            corpus.files.append(file.path)
            lines.removeAll(keepingCapacity: true)
        }
        for number in 0..<count {
            let article = usable[number % usable.count], copy = number / usable.count
            let record = Record(article, renamer: renamer, copy: copy)
            corpus.words += BenchCorpus.wordCount(record.title ?? "") + BenchCorpus.wordCount(record.text)
            lines.append(try encoder.encode(record))
            lines.append(0x0A)
            if saveText != nil {
                let text = [record.title, record.text].compactMap { $0 }.joined(separator: "\n\n")
                saved.append(try encoder.encode(SavedText(id: "\(article.id)@\(copy)", text: text)))
                saved.append(0x0A)
            }
            corpus.articles += 1
            if corpus.articles % articlesPerFile == 0 { try flush() }
        }
        try flush()
        if let saveText {
            do { try saved.write(to: URL(fileURLWithPath: saveText)) } catch {
                throw CommandFailure("cannot write \(saveText): \(error.localizedDescription)")
            }
        }
        return corpus
    }

    /// One article as a JSON Lines record, its people renamed for one copy.
    private struct Record: Encodable {
        var title: String?
        var text: String
        var outlet: String?
        var published: String?
        var authors: [String]
        var url: String?

        init(_ article: Article, renamer: PersonRenamer, copy: Int) {
            let blocks = article.blocks.isEmpty ? [TextBlock(kind: .paragraph, span: TextSpan(0, article.text.unicodeScalars.count))]
                : article.blocks
            let scalars = Array(article.text.unicodeScalars)
            func text(_ span: TextSpan) -> String {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[max(0, span.start)..<min(scalars.count, span.end)])
                return String(view)
            }
            title = blocks.first { $0.kind == .title }.map { renamer.rename(text($0.span), copy: copy) }
            self.text = renamer.rename(blocks.filter { $0.kind != .title }.map { text($0.span) }.joined(separator: "\n\n"), copy: copy)
            outlet = article.metadata.outlet
            published = article.metadata.published
            authors = article.metadata.authors
            url = article.metadata.url.map { $0 + "#copy-\(copy)" }
        }
    }

    private struct SavedText: Encodable {
        var id: String
        var text: String
    }
}
