// Which files found in a folder are plainly not articles, by name: notes and source code
// (.md, .py, .swift, .sh), configuration, logs, tables, databases with their -wal/-shm/-journal
// files, images, media and archives. A folder of news often sits beside such files (a project's
// README.md, a scraper script, the database itself); they are passed over quietly, not read and
// reported as failures. Given by name on the command line, a notes file is still read.
import Foundation

public enum NotArticleFiles {
    /// Why a file found in a folder is not an article, or nil when it may be one.
    public static func reason(forName fileName: String) -> String? {
        let ext = (fileName as NSString).pathExtension.lowercased()
        if isDatabase(ext) { return "a database" }
        if notes.contains(ext) { return "notes" }
        if code.contains(ext) { return "source code" }
        if configuration.contains(ext) { return "configuration or data" }
        if media.contains(ext) { return "an image, media file or archive" }
        return nil
    }

    /// `x.sqlite`, `x.sqlite3`, `x.db` and the files SQLite keeps beside them (`x.sqlite-wal`, `x.db-journal`).
    static func isDatabase(_ ext: String) -> Bool {
        ["sqlite", "sqlite3", "db", "db3"].contains { ext == $0 || ext.hasPrefix($0 + "-") }
    }

    /// Notes and documentation: Markdown, reStructuredText, AsciiDoc.
    static let notes: Set<String> = ["md", "markdown", "rst", "adoc"]

    static let code: Set<String> = [
        "py", "pyc", "ipynb", "swift", "sh", "bash", "zsh", "fish", "ps1", "bat", "js", "mjs", "cjs", "ts",
        "c", "h", "cc", "cpp", "hpp", "m", "mm", "rs", "go", "rb", "pl", "php", "java", "kt", "scala", "r",
        "lua", "sql", "css", "scss", "mk", "cmake",
    ]

    static let configuration: Set<String> = [
        "yml", "yaml", "toml", "ini", "cfg", "conf", "lock", "log", "tsv", "csv", "tab", "plist", "xsd", "dtd",
        "env", "gitignore", "resolved",
    ]

    static let media: Set<String> = [
        "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "ico", "svg", "heic", "mp3", "mp4", "m4a",
        "wav", "ogg", "mov", "avi", "webm", "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "tar", "rar", "jar",
        "whl", "o", "a", "so", "dylib", "dll", "exe", "class",
    ]
}
