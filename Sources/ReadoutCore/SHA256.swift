// SHA-256 of bytes or a string's UTF-8 → 32-byte digest or 64-char lowercase hex.
// A thin face over swift-crypto's SHA256 that keeps the small API the ingest stage uses
// (`SHA256.hex(of:)`, streaming `update` + `finalizeHex`): it hashes article bytes and
// normalized text for deduplication, and a maintained implementation beats a hand-written one.
import Crypto

public struct SHA256 {
    private var hasher = Crypto.SHA256()

    public init() {}

    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex<Bytes: Sequence>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }

    /// The digest of the UTF-8 encoding of `string` as 64 lowercase hex digits.
    public static func hex(of string: String) -> String {
        var string = string
        // Native strings hash straight from their UTF-8 storage, without a copy.
        return string.withUTF8 { hex(of: UnsafeRawBufferPointer($0)) }
    }

    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            hasher.update(bufferPointer: UnsafeRawBufferPointer(buffer))
        }
        guard handled == nil else { return }
        // Non-contiguous sequences are copied in chunks.
        var chunk: [UInt8] = []
        chunk.reserveCapacity(4096)
        for byte in bytes {
            chunk.append(byte)
            if chunk.count == 4096 {
                chunk.withUnsafeBytes { hasher.update(bufferPointer: $0) }
                chunk.removeAll(keepingCapacity: true)
            }
        }
        chunk.withUnsafeBytes { hasher.update(bufferPointer: $0) }
    }

    /// The 32-byte digest; the hasher is spent afterwards.
    public mutating func finalize() -> [UInt8] {
        Array(hasher.finalize())
    }

    public mutating func finalizeHex() -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in finalize() {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
