// The first bytes of a file → the name of the binary format it is (PNG image, PDF document,
// ZIP archive...), or nil when it may be text. Checked before decoding so images and archives
// get a clear reason instead of mojibake.
import Foundation

enum BinarySniffer {
    private static let signatures: [(magic: [UInt8], offset: Int, name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0, "PNG image"),
        ([0xFF, 0xD8, 0xFF], 0, "JPEG image"),
        (Array("GIF87a".utf8), 0, "GIF image"),
        (Array("GIF89a".utf8), 0, "GIF image"),
        (Array("%PDF-".utf8), 0, "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], 0, "ZIP archive"),
        ([0x50, 0x4B, 0x05, 0x06], 0, "ZIP archive"),
        ([0x1F, 0x8B], 0, "gzip archive"),
        (Array("BZh".utf8), 0, "bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], 0, "xz archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], 0, "7-Zip archive"),
        (Array("Rar!".utf8), 0, "RAR archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], 0, "zstd archive"),
        ([0x7F, 0x45, 0x4C, 0x46], 0, "ELF executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], 0, "Mach-O executable"),
        (Array("SQLite format 3".utf8), 0, "SQLite database"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0, "Microsoft Office document"),
        (Array("ID3".utf8) + [0x03], 0, "MP3 audio"),
        (Array("ID3".utf8) + [0x04], 0, "MP3 audio"),
        (Array("OggS".utf8), 0, "Ogg media"),
        (Array("fLaC".utf8), 0, "FLAC audio"),
        (Array("ftyp".utf8), 4, "MP4 media"),
        ([0x49, 0x49, 0x2A, 0x00], 0, "TIFF image"),
        ([0x4D, 0x4D, 0x00, 0x2A], 0, "TIFF image"),
        ([0x00, 0x00, 0x01, 0x00], 0, "ICO image"),
        (Array("wOFF".utf8), 0, "WOFF font"),
        (Array("wOF2".utf8), 0, "WOFF2 font"),
    ]

    /// Returns e.g. "PNG image" (the caller says "binary file (PNG image)") for a binary file, nil for something that may be text.
    static func binaryKind(of data: Data) -> String? {
        let head = [UInt8](data.prefix(64))
        if head.count >= 12, head.starts(with: Array("RIFF".utf8)) {
            let kind = String(decoding: head[8..<12], as: UTF8.self)
            switch kind {
            case "WEBP": return "WebP image"
            case "WAVE": return "WAV audio"
            case "AVI ": return "AVI video"
            default: return "RIFF media"
            }
        }
        if head.count >= 2, head[0] == 0x42, head[1] == 0x4D, head.count >= 14, head[6] == 0, head[7] == 0, head[8] == 0, head[9] == 0 {
            return "BMP image"  // "BM" plus reserved zero bytes: plain text starting with "BM" is not caught.
        }
        for signature in signatures where head.count >= signature.offset + signature.magic.count {
            if Array(head[signature.offset..<(signature.offset + signature.magic.count)]) == signature.magic {
                return signature.name
            }
        }
        if TextDecoder.utf16Endianness(of: data) != nil { return nil }
        // NUL bytes never occur in text files (UTF-16 is handled above); look at the first 64 KB only.
        if data.prefix(65_536).contains(0) { return "contains NUL bytes" }
        return nil
    }
}
