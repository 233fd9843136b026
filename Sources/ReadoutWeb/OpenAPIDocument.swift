// /api/v1/openapi.json: the API described for programs, kept as a resource and read once. A test
// checks that it lists every route the router has and that each answer carries the keys it names.
import Foundation

enum OpenAPIDocument {
    static let json: String = Resources.text("Static/openapi.json")
}

/// The module's resources (templates, stylesheet, API document), read once at start-up.
enum Resources {
    static func text(_ path: String) -> String {
        guard let base = Bundle.module.resourceURL,
              let text = try? String(contentsOf: base.appendingPathComponent(path), encoding: .utf8)
        else { fatalError("ReadoutWeb resource \(path) is missing from the build") }
        return text
    }
}
