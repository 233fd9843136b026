// Renders the pages from the mustache templates in Templates/ (read once at start-up). Mustache's
// {{value}} escapes & < > " ' — every piece of article text goes through it; the only unescaped
// slot, {{{svg}}}, takes drawings made by TimelineSVG, which escapes its own text.
import Foundation
import Mustache

struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    let stylesheet: String

    init() throws {
        guard let base = Bundle.module.resourceURL?.appendingPathComponent("Templates") else {
            throw WebBadRequest("ReadoutWeb's templates are missing from the build")
        }
        var library = MustacheLibrary()
        let names = try FileManager.default.contentsOfDirectory(atPath: base.path).filter { $0.hasSuffix(".mustache") }
        for name in names {
            let text = try String(contentsOf: base.appendingPathComponent(name), encoding: .utf8)
            try library.register(text, named: String(name.dropLast(".mustache".count)))
        }
        self.library = library
        stylesheet = Resources.text("Static/readout.css")
    }

    /// A page: `template` filled from `content`, inside the shared layout.
    func page(_ template: String, title: String, content: Any) -> String {
        let body = library.render(content, withTemplate: template) ?? ""
        return library.render(Layout(title: title, body: body), withTemplate: "layout") ?? body
    }

    func error(status: Int, title: String, reason: String) -> String {
        page("error", title: "\(status) \(title)", content: ErrorContent(status: status, title: title, reason: reason))
    }

    private struct Layout {
        var title: String
        /// Already rendered (and so already escaped) by the page's own template.
        var body: String
    }

    private struct ErrorContent {
        var status: Int
        var title: String
        var reason: String
    }
}
