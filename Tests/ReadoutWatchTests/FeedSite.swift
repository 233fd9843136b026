// A real news site for the watcher to poll: a Hummingbird server on a free loopback port, serving
// the fixture feeds and pages (with the server's address put in for {{BASE}}), and a harbour feed
// that gains an item when a test says so and answers 304 when the validators match. Every request
// is logged with its headers, so a test can see what the watcher sent and what it fetched.
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

actor SiteState {
    var base = ""
    /// 1: the harbour feed's first edition (two items); 2: with a third item.
    var harbourEdition = 1
    private(set) var requests: [(path: String, headers: HTTPFields)] = []

    private var stalled: [CheckedContinuation<Void, Never>] = []
    private var released = false
    private var atGate: [CheckedContinuation<Void, Never>] = []

    func setBase(_ base: String) { self.base = base }

    /// Holds a request until the test is over: a stalled server that needs no sleep to outlast a timeout.
    func waitUntilReleased() async {
        if released { return }
        await withCheckedContinuation { stalled.append($0) }
    }

    func releaseStalled() {
        released = true
        stalled.forEach { $0.resume() }
        stalled = []
        atGate.forEach { $0.resume() }
        atGate = []
    }

    /// Holds each request until `count` have arrived, then answers them all at once: watchers made
    /// to read a feed at the same moment, so both find the same items new.
    func meet(count: Int) async {
        if released { return }
        await withCheckedContinuation { continuation in
            atGate.append(continuation)
            if atGate.count >= count {
                atGate.forEach { $0.resume() }
                atGate = []
            }
        }
    }
    func publishSecondEdition() { harbourEdition = 2 }
    func record(_ path: String, _ headers: HTTPFields) { requests.append((path, headers)) }

    func count(_ path: String) -> Int { requests.filter { $0.path == path }.count }
    func headers(of path: String) -> [HTTPFields] { requests.filter { $0.path == path }.map(\.headers) }
}

struct FeedSite: Sendable {
    let base: String
    let state: SiteState

    func url(_ path: String) -> String { base + path }

    /// Runs `body` while the site is up.
    static func serve<Value: Sendable>(_ body: @Sendable (FeedSite) async throws -> Value) async throws -> Value {
        let state = SiteState()
        let app = Application(router: router(state), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        // The server answers from a thread of its own: the other suites of a full test run keep the
        // shared pool busy for seconds at a time, which the watcher's timeouts would take for a
        // stalled server. The test itself runs on the shared pool, as the watcher does.
        return try await withTaskExecutorPreference(SiteExecutor.shared) {
            try await app.test(.live) { client in
                let base = "http://localhost:\(try #require(client.port))"
                await state.setBase(base)
                do {
                    let value = try await withTaskExecutorPreference(globalConcurrentExecutor) {
                        try await body(FeedSite(base: base, state: state))
                    }
                    await state.releaseStalled()
                    return value
                } catch {
                    await state.releaseStalled()
                    throw error
                }
            }
        }
    }

    static func fixture(_ path: String) throws -> String {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/\(path)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    private static func router(_ state: SiteState) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: RecordRequests(state: state))

        // The harbour feed: validators per edition; a matching If-None-Match (or, failing that,
        // If-Modified-Since) gets 304, as a real server's conditional GET does.
        router.get("/feeds/harbour.rss") { request, _ -> Response in
            let edition = await state.harbourEdition
            let etag = "\"harbour-\(edition)\""
            let lastModified = edition == 1 ? "Tue, 04 Mar 2025 09:20:00 GMT" : "Thu, 06 Mar 2025 18:10:00 GMT"
            let headers: HTTPFields = [.eTag: etag, .lastModified: lastModified]
            if let match = request.headers[.ifNoneMatch] {
                if match == etag { return Response(status: .notModified, headers: headers) }
            } else if request.headers[.ifModifiedSince] == lastModified {
                return Response(status: .notModified, headers: headers)
            }
            let name = edition == 1 ? "feeds/harbour-first.rss" : "feeds/harbour-second.rss"
            return try await fixtureResponse(name, type: "application/rss+xml", state: state, extra: headers)
        }
        // The harbour feed's first edition, answered only when two requests for it are waiting.
        router.get("/feeds/together.rss") { _, _ -> Response in
            await state.meet(count: 2)
            return try await fixtureResponse("feeds/harbour-first.rss", type: "application/rss+xml", state: state)
        }
        // No validators: every poll gets the whole feed, so only the remembered items stop refetching.
        router.get("/feeds/upland.atom") { _, _ in
            try await fixtureResponse("feeds/upland.atom", type: "application/atom+xml", state: state)
        }
        router.get("/feeds/slow-desk.rss") { _, _ in
            try await fixtureResponse("feeds/slow-desk.rss", type: "application/rss+xml", state: state)
        }
        router.get("/feeds/wire-summaries.rss") { _, _ in
            try await fixtureResponse("feeds/wire-summaries.rss", type: "application/rss+xml", state: state)
        }
        router.get("/feeds/broken.rss") { _, _ in
            try await fixtureResponse("feeds/broken.rss", type: "application/rss+xml", state: state)
        }
        router.get("/feeds/error-500.rss") { _, _ in Response(status: .internalServerError) }
        router.get("/feeds/busy.rss") { _, _ in Response(status: .serviceUnavailable, headers: [.retryAfter: "120"]) }
        router.get("/feeds/moved.atom") { _, _ in redirect(to: "/feeds/upland.atom", status: .movedPermanently) }
        router.get("/go/envoy-visit") { _, _ in redirect(to: "/pages/envoy-visit.html", status: .found) }
        router.get("/loop/a") { _, _ in redirect(to: "/loop/b", status: .found) }
        router.get("/loop/b") { _, _ in redirect(to: "/loop/a", status: .found) }
        router.get("/pages/:name") { _, context -> Response in
            let name = try context.parameters.require("name")
            return try await fixtureResponse("pages/\(name)", type: "text/html; charset=utf-8", state: state)
        }
        // Answers only when the test is over, long after any client timeout.
        router.get("/slow/stalled.html") { _, _ -> Response in
            await state.waitUntilReleased()
            return try await fixtureResponse("pages/border-commission.html", type: "text/html", state: state)
        }
        // Larger than the page size limit a test sets.
        router.get("/big/page.html") { _, _ -> Response in
            let paragraph = "<p>Officials in Varno said the survey of the river islands would take another year.</p>\n"
            let page = "<html><body><article>" + String(repeating: paragraph, count: 800) + "</article></body></html>"
            return Response(status: .ok, headers: [.contentType: "text/html"], body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
        }
        return router
    }

    private static func fixtureResponse(_ name: String, type: String, state: SiteState, extra: HTTPFields = [:]) async throws -> Response {
        guard let text = try? fixture(name) else { return Response(status: .notFound) }
        var headers = extra
        headers[.contentType] = type
        let body = text.replacingOccurrences(of: "{{BASE}}", with: await state.base)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    private static func redirect(to path: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.location: path])
    }
}

/// Logs every request (path and headers) before it is answered.
struct RecordRequests: RouterMiddleware {
    typealias Context = BasicRequestContext
    let state: SiteState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        await state.record(request.uri.path, request.headers)
        return try await next(request, context)
    }
}

/// A serial queue as a task executor: a thread for the fixture server that the test run's busy
/// shared pool cannot starve.
final class SiteExecutor: TaskExecutor, @unchecked Sendable {
    static let shared = SiteExecutor()
    private let queue = DispatchQueue(label: "readout.watch-tests.feed-site")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
