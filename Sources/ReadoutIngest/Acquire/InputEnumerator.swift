// Paths given by the user → the files to ingest, one at a time: files as given, folders expanded
// recursively in sorted order, skipping hidden entries, `NAME.meta.json` sidecars, a folder's
// README/LICENSE and its manifest tables (.tsv/.csv). Lazy: only the entries of the folders on the current path are held, so a folder
// of 100,000 files costs its list of names, never the files. Missing or unreadable paths come
// out as failures in place.
import Foundation
import ReadoutCore

public struct InputEnumerator: Sequence, Sendable {
    public typealias Element = Result<URL, ReadoutError>

    public let paths: [String]

    public init(paths: [String]) {
        self.paths = paths
    }

    public func makeIterator() -> Iterator {
        Iterator(paths: paths)
    }

    public struct Iterator: IteratorProtocol {
        /// Pending top-level paths, in the order given.
        private var roots: [String]
        /// One frame per open folder: its sorted entries and the next index to visit.
        private var stack: [(directory: URL, entries: [String], next: Int)] = []
        /// Resolved folders already expanded: a symbolic link back up the tree must not loop forever.
        private var expanded: Set<String> = []

        init(paths: [String]) {
            roots = paths.reversed()
        }

        public mutating func next() -> Result<URL, ReadoutError>? {
            while true {
                if var frame = stack.popLast() {
                    guard frame.next < frame.entries.count else { continue }
                    let name = frame.entries[frame.next]
                    frame.next += 1
                    stack.append(frame)
                    if let result = visit(frame.directory.appendingPathComponent(name), isRoot: false) { return result }
                    continue
                }
                guard let path = roots.popLast() else { return nil }
                if let result = visit(URL(fileURLWithPath: path), isRoot: true) { return result }
            }
        }

        /// A file → its result; a folder → pushed (nil); a skipped entry → nil.
        private mutating func visit(_ url: URL, isRoot: Bool) -> Result<URL, ReadoutError>? {
            let path = url.path
            let name = url.lastPathComponent
            if !isRoot && (name.hasPrefix(".") || InputEnumerator.isSidecar(name) || InputEnumerator.isFolderDocument(name) ||
                           InputEnumerator.isDataTable(name)) {
                return nil
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if !isRoot, (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                    return .failure(ReadoutError(source: path, reason: "broken symbolic link"))
                }
                return .failure(ReadoutError(source: path, reason: "no such file or directory"))
            }
            guard isDirectory.boolValue else { return .success(url) }
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
