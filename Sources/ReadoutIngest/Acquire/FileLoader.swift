// A path → the file's bytes, or a one-line reason it cannot be ingested (missing, a folder,
// unreadable, empty, larger than the size limit). The size is checked before reading, so a
// gigantic file never enters memory.
import Foundation
import ReadoutCore

enum FileLoader {
    /// Files above this are refused rather than read: news articles, even as full HTML pages with inline
    /// scripts, are far below it, and a multi-megabyte single line must not stall a batch ingest.
    static let sizeLimit = 20 * 1024 * 1024

    static func load(_ url: URL) -> Result<Data, ReadoutError> {
        let path = url.path
        func fail(_ reason: String) -> Result<Data, ReadoutError> { .failure(ReadoutError(source: path, reason: reason)) }

        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return fail("no such file or directory")
        }
        if isDirectory.boolValue { return fail("is a directory") }
        guard FileManager.default.isReadableFile(atPath: path) else { return fail("permission denied") }

        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        // A FIFO or device would block or never end; only regular files are articles.
        if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            return fail("not a regular file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > sizeLimit { return fail(tooLargeReason(size)) }

        guard let handle = FileHandle(forReadingAtPath: path) else { return fail("cannot open file") }
        defer { try? handle.close() }
        // Read at most one byte past the limit: a file that grew since stat() is still caught.
        let data: Data
        do {
            data = try handle.read(upToCount: sizeLimit + 1) ?? Data()
        } catch {
            return fail("read error: \(error.localizedDescription)")
        }
        if data.count > sizeLimit { return fail(tooLargeReason(max(size, data.count))) }
        return .success(data)
    }

    static func tooLargeReason(_ size: Int) -> String {
        let megabytes = (size + 1024 * 1024 - 1) / (1024 * 1024)
        return "file too large (\(megabytes) MB; limit \(sizeLimit / (1024 * 1024)) MB)"
    }
}
