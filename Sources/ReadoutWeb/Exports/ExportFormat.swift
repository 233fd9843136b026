// What an endpoint can answer besides JSON, asked for with ?format=: CSV for listings, Markdown for a
// story (the briefing), GraphML for an actor (its network). Each is its own content type, and a CSV
// is sent as a file to save. An endpoint names the formats it offers; any other is a 400 saying which.
import Hummingbird

enum ExportFormat: String, CaseIterable {
    case json, csv, md, graphml

    init(_ text: String?, offered: [ExportFormat]) throws {
        guard let text else { self = .json; return }
        guard let format = ExportFormat(rawValue: text.lowercased()), offered.contains(format) else {
            throw WebBadRequest("format must be \(offered.map(\.rawValue).joined(separator: " or ")) here, not \"\(text)\"")
        }
        self = format
    }

    var contentType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .csv: "text/csv; charset=utf-8; header=present"
        case .md: "text/markdown; charset=utf-8"
        case .graphml: "application/graphml+xml; charset=utf-8"
        }
    }

    /// A file answer: its type, and a name to save it under (built from ids only, so always plain).
    func file(_ body: String, name: String) -> Response {
        let safe = String(name.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
        return Response(status: .ok, headers: [
            .contentType: contentType,
            .contentDisposition: "attachment; filename=\"\(safe).\(rawValue)\"",
        ], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
