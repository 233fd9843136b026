// What every answer carries so that article text, which is untrusted, can never run in a reader's
// browser: pages already escape it (mustache), and the Content-Security-Policy forbids any script
// at all, so even a page bug that let `<script>` or `onerror=` through would not execute it.
// Off loopback the server also asks for a token, so a record is not published by accident.
import HTTPTypes
import Hummingbird

struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
            + "img-src 'self' data:; style-src 'self'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        Self.secure(&response.headers)
        return response
    }

    static func secure(_ headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = policy
        headers[.xContentTypeOptions] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    }
}

/// Bound beyond loopback, every request shows the token: `Authorization: Bearer TOKEN`, or
/// `?token=TOKEN` for a browser's first visit (the answer then sets a cookie for the next ones).
struct TokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let bearer = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
        let cookie = request.headers[.cookie]?.split(separator: ";").lazy
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix("readout_token=") }.map { String($0.dropFirst("readout_token=".count)) }
        let query = request.uri.queryParameters.get("token")
        guard [bearer, cookie, query].contains(where: { $0.map(matches) ?? false }) else {
            throw HTTPError(.unauthorized, message: "this server asks for its token (Authorization: Bearer TOKEN, or ?token=TOKEN)")
        }
        var response = try await next(request, context)
        if query != nil, cookie == nil {
            response.headers[.setCookie] = "readout_token=\(token); Path=/; HttpOnly; SameSite=Strict"
        }
        return response
    }

    /// Compares every byte whatever the first difference, so timing does not tell how much matched.
    private func matches(_ given: String) -> Bool {
        let a = Array(given.utf8), b = Array(token.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
