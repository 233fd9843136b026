// Paths given by the user → the files to ingest, one at a time: files as given, folders expanded
// recursively in sorted order. Hidden entries and `NAME.meta.json` sidecars are skipped; a
// folder's README/LICENSE, its manifest tables and files that are plainly not articles (notes,
// source code, databases: `NotArticleFiles`) are passed over, and so is the database being
// written, even when named. Lazy: only the entries of the folders on the current path are held,
// so a folder of 100,000 files costs its list of names, never the files. Missing or unreadable
// paths come out as failures in place.
import Foundation
import ReadoutCore

/// One thing a path stands for.
public enum InputEntry: Equatable, Sendable {
    /// A file to read.
    case file(URL)
    /// A path that could not be listed or found.
    case failure(ReadoutError)
    /// A file that is not an article (or is the database being written), passed over quietly.
    case passedOver(URL, reason: String)
}

/// The files to read, as results: passed-over files are left out (`entries` has them too).
public struct InputEnumerator: Sequence, Sendable {
    public typealias Element = Result<URL, ReadoutError>

    public let paths: [String]
    /// Resolved paths never read: the database in use and the files SQLite keeps beside it.
    public let excluded: Set<String>

    /// `database`: the file this run writes, passed over with its -wal, -shm and -journal files
    /// when a folder (or the command line) includes it.
    public init(paths: [String], database: String? = nil) {
        self.paths = paths
        excluded = database.map(Self.databaseFiles) ?? []
    }

    /// Every entry: files, failures and passed-over files, in order.
    public var entries: Entries { Entries(paths: paths, excluded: excluded) }

    public func makeIterator() -> Iterator {
        Iterator(entries: entries.makeIterator())
    }

    public struct Iterator: IteratorProtocol {
        var entries: Entries.Iterator

        public mutating func next() -> Result<URL, ReadoutError>? {
            while let entry = entries.next() {
                switch entry {
                case .file(let url): return .success(url)
                case .failure(let error): return .failure(error)
                case .passedOver: continue
                }
            }
            return nil
        }
    }

    static func databaseFiles(_ database: String) -> Set<String> {
        let path = URL(fileURLWithPath: database).resolvingSymlinksInPath().path
        return Set(["", "-wal", "-shm", "-journal"].map { path + $0 })
    }

    public struct Entries: Sequence, Sendable {
        let paths: [String]
        let excluded: Set<String>

        public func makeIterator() -> Iterator { Iterator(paths: paths, excluded: excluded) }

        public struct Iterator: IteratorProtocol {
            /// Pending top-level paths, in the order given.
            private var roots: [String]
            private let excluded: Set<String>
            /// File names of `excluded`, so most files are told apart without resolving their path.
            private let excludedNames: Set<String>
            /// One frame per open folder: its sorted entries and the next index to visit.
            private var stack: [(directory: URL, entries: [String], next: Int)] = []
            /// Resolved folders already expanded: a symbolic link back up the tree must not loop forever.
            private var expanded: Set<String> = []

            init(paths: [String], excluded: Set<String>) {
                roots = paths.reversed()
                self.excluded = excluded
                excludedNames = Set(excluded.map { ($0 as NSString).lastPathComponent })
            }

            public mutating func next() -> InputEntry? {
                while true {
                    if var frame = stack.popLast() {
                        guard frame.next < frame.entries.count else { continue }
                        let name = frame.entries[frame.next]
                        frame.next += 1
                        stack.append(frame)
                        if let entry = visit(frame.directory.appendingPathComponent(name), isRoot: false) { return entry }
                        continue
                    }
                    guard let path = roots.popLast() else { return nil }
                    if let entry = visit(URL(fileURLWithPath: path), isRoot: true) { return entry }
                }
            }

            /// A file → its entry; a folder → pushed (nil); a skipped entry → nil.
            private mutating func visit(_ url: URL, isRoot: Bool) -> InputEntry? {
                let path = url.path
                let name = url.lastPathComponent
                if !isRoot && (name.hasPrefix(".") || InputEnumerator.isSidecar(name)) { return nil }
                if excludedNames.contains(name), excluded.contains(url.resolvingSymlinksInPath().path) {
                    return .passedOver(url, reason: "the database in use")
                }
                if !isRoot, let reason = InputEnumerator.notArticleReason(name) {
                    // A folder named like a file type ("notes.md/") is still a folder to walk.
                    var isFolder: ObjCBool = false
                    if !(FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue) {
                        return .passedOver(url, reason: reason)
                    }
                }
                return visitPath(url, path: path, isRoot: isRoot)
            }

            private mutating func visitPath(_ url: URL, path: String, isRoot: Bool) -> InputEntry? {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    if !isRoot, (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                        return .failure(ReadoutError(source: path, reason: "broken symbolic link"))
                    }
                    return .failure(ReadoutError(source: path, reason: "no such file or directory"))
                }
                guard isDirectory.boolValue else { return .file(url) }
                guard expanded.insert(url.resolvingSymlinksInPath().path).inserted else { return nil }
                do {
                    let entries = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                    stack.append((url, entries, 0))
                    return nil
                } catch {
                    return .failure(ReadoutError(source: path, reason: "cannot read directory"))
                }
            }
        }
    }

    /// Why a file found in a folder is not one of its articles, or nil when it may be one.
    static func notArticleReason(_ fileName: String) -> String? {
        if isFolderDocument(fileName) { return "the folder's own documentation" }
        if isDataTable(fileName) { return "a data table" }
        return NotArticleFiles.reason(forName: fileName)
    }

    /// A folder's manifest or index table (`manifest.tsv`, `urls.csv`) lists its articles; it is not one of them.
    public static func isDataTable(_ fileName: String) -> Bool {
        ["tsv", "csv", "tab"].contains((fileName as NSString).pathExtension.lowercased())
    }

    /// A folder's README or LICENSE describes the folder; it is not one of its articles (given by name, it is read).
    public static func isFolderDocument(_ fileName: String) -> Bool {
        let stem = (fileName as NSString).deletingPathExtension.uppercased()
        return ["README", "LICENSE", "LICENCE", "CHANGELOG"].contains(stem)
    }

    /// `NAME.meta.json` files hold metadata for `NAME.*`; they are not articles.
    public static func isSidecar(_ fileName: String) -> Bool {
        fileName.lowercased().hasSuffix(".meta.json")
    }
}
