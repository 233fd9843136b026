// The articles a benchmark runs on, read once before any clock starts.
// In: paths (files and folders). Out: each file's raw bytes (for timing the clean stage),
// the articles read from them with their sidecars (for timing analysis), the files that
// could not be read, and word counts. Words are whitespace-separated runs, as `wc -w` counts.
import Foundation
import ReadoutCore
import ReadoutIngest

struct BenchCorpus {
    struct RawFile {
        var name: String
        var data: Data
    }

    var files: [RawFile] = []
    var articles: [Article] = []
    var failures: [ReadoutError] = []
    /// Words in `articles` (one copy of the corpus).
    var words = 0
    var bytes: Int { files.reduce(0) { $0 + $1.data.count } }

    static func read(paths: [String]) -> BenchCorpus {
        var corpus = BenchCorpus()
        let reader = ArticleReader()
        for entry in InputEnumerator(paths: paths) {
            switch entry {
            case .failure(let error):
                corpus.failures.append(error)
            case .success(let url):
                let read = reader.read(file: url)
                corpus.failures += read.failures
                guard !read.articles.isEmpty, let data = try? Data(contentsOf: url) else { continue }
                corpus.files.append(RawFile(name: url.lastPathComponent, data: data))
                corpus.articles += read.articles
            }
        }
        corpus.words = corpus.articles.reduce(0) { $0 + wordCount($1.text) }
        return corpus
    }

    /// The articles' text as JSON Lines, one `{"id", "text"}` object per article, in the order measured.
    func saveText(to path: String) throws {
        struct Line: Encodable {
            var id: String
            var text: String
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for article in articles {
            data.append(try encoder.encode(Line(id: article.id, text: article.text)))
            data.append(0x0A)
        }
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("cannot write \(path): \(error.localizedDescription)")
        }
    }

    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let space = scalar.properties.isWhitespace
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}
