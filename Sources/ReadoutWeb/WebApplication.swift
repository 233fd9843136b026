// The web face of Readout: a Hummingbird router with the JSON API under /api/v1 and the pages,
// behind the middleware every answer passes through (security headers, token, error pages).
// In: a WebSource and where to listen. Out: a running server (`run`), or the router alone for tests.
import Foundation
import Hummingbird
import Logging

public enum ReadoutWebApp {
    /// Every route: the pages, the API, the stylesheet. Templates and the stylesheet are read from
    /// the module's resources once, here; no request reads a file.
    public static func router(source: any WebSource, token: String? = nil) throws -> Router<BasicRequestContext> {
        let pages = try PageRenderer()
        let router = Router()
        router.add(middleware: ErrorPageMiddleware(pages: pages))
        router.add(middleware: SecurityHeadersMiddleware())
        if let token { router.add(middleware: TokenMiddleware(token: token)) }
        APIRoutes(source: source).add(to: router)
        PageRoutes(source: source, pages: pages).add(to: router)
        return router
    }

    /// Serves until the process is stopped; `onStart` is told the port listened on (port 0 picks one).
    public static func run(source: any WebSource, host: String, port: Int, token: String?,
                           onStart: @escaping @Sendable (Int) -> Void) async throws {
        var logger = Logger(label: "readout-serve")
        logger.logLevel = .warning
        let app = Application(
            router: try router(source: source, token: token),
            configuration: .init(address: .hostname(host, port: port), serverName: "readout"),
            onServerRunning: { channel in onStart(channel.localAddress?.port ?? port) },
            logger: logger)
        try await app.runService()
    }

    /// Hosts that only this machine reaches: the server may go without a token there.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
