// Building answers: JSON bodies with snake_case keys, HTML bodies, and the query parameters every
// listing shares — with the 400 reason a person can act on when a parameter is wrong.
import Foundation
import Hummingbird

enum Answer {
    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=3600"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// limit/offset from the query string: limit 1...200 (50 unless given), offset 0 or more.
struct Paging {
    static let defaultLimit = 50, maxLimit = 200
    var limit: Int
    var offset: Int

    init(_ request: Request) throws {
        let query = request.uri.queryParameters
        limit = try Self.number(query.get("limit"), name: "limit", default: Self.defaultLimit, range: 1...Self.maxLimit)
        offset = try Self.number(query.get("offset"), name: "offset", default: 0, range: 0...Int.max)
    }

    private static func number(_ text: String?, name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text else { return value }
        guard let number = Int(text), range.contains(number) else {
            let bound = range.upperBound == Int.max ? "\(range.lowerBound) or more" : "from \(range.lowerBound) to \(range.upperBound)"
            throw WebBadRequest("\(name) must be a whole number \(bound), not \"\(text)\"")
        }
        return number
    }
}

/// An id nothing in the record has (a source may throw it for a story or actor a filter names).
public struct NotFound: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension Optional {
    func orNotFound(_ what: @autoclosure () -> String) throws -> Wrapped {
        guard let self else { throw NotFound(what()) }
        return self
    }
}

/// Turns every failure into an answer: JSON under /api/, a page elsewhere. 400 and 404 say why;
/// anything else is a 500 that names no internals (the reason goes to the log).
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, reason): (HTTPResponse.Status, String)
            switch error {
            case let bad as WebBadRequest: (status, reason) = (.badRequest, bad.reason)
            case let missing as NotFound: (status, reason) = (.notFound, missing.description)
            case let http as HTTPError:
                status = http.status
                reason = http.body ?? (http.status == .notFound ? "no page at \(request.uri.path)" : http.status.reasonPhrase)
            default:
                context.logger.error("\(request.uri.path): \(error)")
                (status, reason) = (.internalServerError, "the server failed to answer; see its log")
            }
            var response = request.uri.path.hasPrefix("/api/")
                ? Answer.json(["error": ["status": "\(status.code)", "reason": reason]], status: status)
                : Answer.html(pages.error(status: status.code, title: status.reasonPhrase, reason: reason), status: status)
            // The security headers are added by the middleware inside this one; errors skip it.
            SecurityHeadersMiddleware<Context>.secure(&response.headers)
            return response
        }
    }
}
