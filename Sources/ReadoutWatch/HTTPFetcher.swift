// GET over HTTP(S) with the limits a long-running watcher needs against servers it does not
// control: connect and read timeouts and an overall deadline, a cap on the body (checked against
// Content-Length first, then while streaming, and after gzip is undone), a bounded number of
// redirects without loops, and a User-Agent naming Readout. A conditional request sends the
// validators it is given; 304 comes back as `.notModified`. Every failure is a one-line reason,
// never a throw, so one bad URL costs only itself.
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import NIOPosix
import ReadoutStore

public struct FetchLimits: Sendable, Hashable {
    /// Seconds to open a connection.
    public var connectTimeout: Double
    /// Seconds the server may stay silent (before the response or between chunks of the body).
    public var readTimeout: Double
    /// Seconds for the whole request, body included: a server trickling bytes cannot hold it forever.
    public var totalTimeout: Double
    /// Largest body accepted, in bytes.
    public var maxBytes: Int
    /// Redirects followed before giving up (loops are refused whatever the count).
    public var maxRedirects: Int
    public var userAgent: String

    public init(connectTimeout: Double = 10, readTimeout: Double = 20, totalTimeout: Double = 60,
                maxBytes: Int = 10 * 1024 * 1024, maxRedirects: Int = 5,
                userAgent: String = "Readout/0.1 (news feed watcher)") {
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
        self.totalTimeout = max(totalTimeout, readTimeout)
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.userAgent = userAgent
    }
}

/// A body the server sent, and what to remember about it.
public struct FetchedDocument: Sendable {
    public var data: Data
    /// Where the body came from after redirects: relative links in it resolve against this.
    public var url: String
    public var contentType: String?
    public var validators: FeedValidators
}

public struct FetchFailure: Error, Sendable, Hashable {
    public var reason: String
    /// Seconds the server asked us to wait (Retry-After with 429 or 503).
    public var retryAfter: Double?
    /// The server says the thing is gone or never was (404, 410): trying again will not help.
    public var permanent: Bool

    public init(reason: String, retryAfter: Double? = nil, permanent: Bool = false) {
        self.reason = reason
        self.retryAfter = retryAfter
        self.permanent = permanent
    }
}

public enum FetchOutcome: Sendable {
    case notModified
    case fetched(FetchedDocument)
    case failed(FetchFailure)
}

/// One HTTP client shared by every feed and page of a watch: connections to a host are reused.
/// Call `shutdown()` when done (AsyncHTTPClient requires it).
public final class HTTPFetcher: Sendable {
    public let limits: FetchLimits
    private let client: HTTPClient

    public init(limits: FetchLimits = FetchLimits()) {
        self.limits = limits
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: limits.maxRedirects > 0 ? .follow(max: limits.maxRedirects, allowCycles: false) : .disallow,
            timeout: .init(connect: Self.amount(limits.connectTimeout), read: Self.amount(limits.readTimeout)),
            decompression: .enabled(limit: .size(limits.maxBytes)))
        configuration.httpVersion = .automatic
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    public func shutdown() async {
        try? await client.shutdown()
    }

    /// GETs `url`; with validators the request is conditional.
    public func get(_ url: String, validators: FeedValidators = FeedValidators(), accept: String = "*/*") async -> FetchOutcome {
        var request = HTTPClientRequest(url: url)
        request.method = .GET
        request.headers.add(name: "User-Agent", value: limits.userAgent)
        request.headers.add(name: "Accept", value: accept)
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag = validators.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = validators.lastModified { request.headers.add(name: "If-Modified-Since", value: lastModified) }
        do {
            let response = try await client.execute(request, timeout: Self.amount(limits.totalTimeout))
            let finalURL = response.url?.absoluteString ?? url
            switch response.status.code {
            case 304:
                return .notModified
            case 200..<300:
                if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length > limits.maxBytes {
                    return .failed(FetchFailure(reason: tooLarge(length)))
                }
                let body = try await response.body.collect(upTo: limits.maxBytes)
                let headers = response.headers
                return .fetched(FetchedDocument(
                    data: Data(body.readableBytesView), url: finalURL, contentType: headers.first(name: "Content-Type"),
                    validators: FeedValidators(etag: headers.first(name: "ETag"), lastModified: headers.first(name: "Last-Modified"))))
            default:
                let status = response.status
                let retryAfter = [429, 503].contains(status.code) ? RetryAfter.seconds(response.headers.first(name: "Retry-After")) : nil
                var reason = "HTTP \(status.code) \(status.reasonPhrase)"
                if let retryAfter { reason += " (retry after \(Int(retryAfter)) s)" }
                return .failed(FetchFailure(reason: reason, retryAfter: retryAfter, permanent: [404, 410].contains(status.code)))
            }
        } catch {
            return .failed(FetchFailure(reason: describe(error, host: URL(string: url)?.host)))
        }
    }

    /// The errors a person meets when watching feeds, in words; anything else as the library states it.
    private func describe(_ error: Error, host: String?) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .readTimeout: return "timed out (no data for \(Self.seconds(limits.readTimeout)))"
            case .deadlineExceeded: return "timed out (not done within \(Self.seconds(limits.totalTimeout)))"
            case .connectTimeout: return "timed out connecting (\(Self.seconds(limits.connectTimeout)))"
            case .redirectLimitReached: return "too many redirects (more than \(limits.maxRedirects))"
            case .redirectCycleDetected: return "redirect loop"
            case .invalidURL, .emptyHost, .emptyScheme: return "not a valid http(s) URL"
            case .remoteConnectionClosed: return "the server closed the connection"
            default: return "\(error)"
            }
        }
        if error is NIOTooManyBytesError { return tooLarge(nil) }
        if let error = error as? NIOHTTPDecompression.DecompressionError {
            return error == .limit ? tooLarge(nil) : "could not decompress the body (\(error))"
        }
        if let error = error as? NIOConnectionError {
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
                return "cannot resolve the host name" + (host.map { " \($0)" } ?? "")
            }
            return error.connectionErrors.first.map { describe($0.error, host: host) } ?? "cannot connect"
        }
        if let error = error as? IOError {
            // The system's own words ("Connection refused"), not NIO's wrapping of them.
            let words = String(cString: strerror(error.errnoCode))
            return error.errnoCode == ECONNREFUSED ? "cannot connect (connection refused)" : "network error (\(words))"
        }
        // Name resolution failures arrive as their own type, spelled differently on each platform.
        let text = String(describing: error)
        if text.contains("UnknownHost") || text.contains("getaddrinfo") {
            return "cannot resolve the host name" + (host.map { " \($0)" } ?? "")
        }
        return text.split(separator: "\n").first.map(String.init) ?? "request failed"
    }

    private func tooLarge(_ size: Int?) -> String {
        let limit = "limit \(limits.maxBytes / 1024) KB"
        return size.map { "too large (\($0 / 1024) KB; \(limit))" } ?? "too large (\(limit))"
    }

    private static func amount(_ seconds: Double) -> TimeAmount {
        .milliseconds(Int64((seconds * 1000).rounded()))
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}
