// HTML or XML text → a small Swift tree of elements and text (libxml2 does the parsing: its
// HTML parser recovers from any tag soup; its XML parser is strict for feeds). All pointer
// handling lives here; the cleaners only see `MarkupNode`s.
import CLibXML2
import Foundation

final class MarkupNode {
    enum Kind { case element, text }

    let kind: Kind
    /// Lowercased tag name ("p", "meta"); for namespaced XML "prefix:local" ("dc:creator"); "" for text.
    let name: String
    var attributes: [String: String]
    var children: [MarkupNode] = []
    /// Text of a text node (entities decoded).
    let text: String

    init(element name: String, attributes: [String: String]) {
        kind = .element
        self.name = name
        self.attributes = attributes
        text = ""
    }

    init(text: String) {
        kind = .text
        name = ""
        attributes = [:]
        self.text = text
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// All text below this node, in document order, space-separated at element boundaries.
    var textContent: String {
        var parts: [String] = []
        collectText(into: &parts)
        return WhitespaceNormalizer.collapse(parts.joined(separator: " "))
    }

    private func collectText(into parts: inout [String]) {
        if kind == .text {
            parts.append(text)
            return
        }
        for child in children { child.collectText(into: &parts) }
    }

    /// Every element below (and including) this one, depth-first in document order.
    func descendants(where predicate: (MarkupNode) -> Bool) -> [MarkupNode] {
        var found: [MarkupNode] = []
        var stack: [MarkupNode] = [self]
        while let node = stack.popLast() {
            if node.kind == .element && predicate(node) { found.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return found
    }

    func first(where predicate: (MarkupNode) -> Bool) -> MarkupNode? {
        var stack: [MarkupNode] = [self]
        while let node = stack.popLast() {
            if node.kind == .element && predicate(node) { return node }
            stack.append(contentsOf: node.children.reversed())
        }
        return nil
    }
}

enum MarkupParser {
    /// Elements nested deeper than this are not converted: no news page needs it, and it bounds recursion.
    static let maxDepth = 400

    private static let initialize: Void = { xmlInitParser() }()

    /// libxml2 prints some errors to stderr itself, whatever the NOERROR options say. Readout reads
    /// the error from the parser context and reports it in its own one line per file, so a structured
    /// handler that drops them replaces the printing (libxml2 then sends every error there instead).
    /// Handlers are per thread and parsing runs on whichever thread the task pool gives, so every
    /// parse sets it on its own thread.
    private static func prepare() {
        _ = initialize
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }

    /// Parses HTML (always succeeds unless the input has no markup libxml2 can recover at all).
    static func parseHTML(_ html: String) -> MarkupNode? {
        prepare()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        var bytes = Array(html.utf8)
        if bytes.isEmpty { return nil }
        let count = Int32(clamping: bytes.count)
        let document: htmlDocPtr? = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, count, nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return convert(root, depth: 0, lowercaseNames: true)
    }

    enum XMLResult {
        case parsed(MarkupNode)
        /// Not well-formed; `recovered` is what libxml2's recovery mode could still read.
        case malformed(reason: String, recovered: MarkupNode?)
    }

    /// Parses XML strictly (no network, no external entities); on error also tries recovery.
    static func parseXML(_ xml: String) -> XMLResult {
        prepare()
        var bytes = Array(xml.utf8)
        let count = Int32(clamping: bytes.count)
        let strict = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                           | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        guard let context = xmlNewParserCtxt() else { return .malformed(reason: "out of memory", recovered: nil) }
        defer { xmlFreeParserCtxt(context) }
        let document: xmlDocPtr? = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                xmlCtxtReadMemory(context, pointer, count, nil, "UTF-8", strict)
            }
        }
        if let document, context.pointee.wellFormed != 0 {
            defer { xmlFreeDoc(document) }
            if let root = xmlDocGetRootElement(document) { return .parsed(convert(root, depth: 0, lowercaseNames: false)) }
            return .malformed(reason: "no root element", recovered: nil)
        }
        if let document { xmlFreeDoc(document) }
        let reason = errorDescription(context.pointee.lastError)
        // Recovery keeps whatever items were complete before the error.
        let recovered: MarkupNode? = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                guard let doc = xmlReadMemory(pointer, count, nil, "UTF-8", strict | Int32(XML_PARSE_RECOVER.rawValue)) else { return nil }
                defer { xmlFreeDoc(doc) }
                return xmlDocGetRootElement(doc).map { convert($0, depth: 0, lowercaseNames: false) }
            }
        }
        return .malformed(reason: reason, recovered: recovered)
    }

    private static func errorDescription(_ error: xmlError) -> String {
        var message = error.message.map { String(cString: $0) } ?? "not well-formed XML"
        message = WhitespaceNormalizer.collapse(message)
        if message.hasSuffix(".") { message.removeLast() }
        // "Premature end of data in tag item line 4" already names its line; say it once.
        guard error.line > 0, !message.hasSuffix(" line \(error.line)") else { return message }
        return "\(message) (line \(error.line))"
    }

    private static func convert(_ node: xmlNodePtr, depth: Int, lowercaseNames: Bool) -> MarkupNode {
        var name = node.pointee.name.map { String(cString: $0) } ?? ""
        if let ns = node.pointee.ns, let prefix = ns.pointee.prefix {
            name = String(cString: prefix) + ":" + name
        }
        if lowercaseNames { name = name.lowercased() }
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name {
                var key = String(cString: attributeName)
                if let ns = current.pointee.ns, let prefix = ns.pointee.prefix { key = String(cString: prefix) + ":" + key }
                // The value is the attribute's text children; reading them directly needs no libxml2 allocation.
                var value = ""
                var part = current.pointee.children
                while let text = part {
                    if let content = text.pointee.content { value += String(cString: content) }
                    part = text.pointee.next
                }
                attributes[lowercaseNames ? key.lowercased() : key] = value
            }
            attribute = current.pointee.next
        }
        let element = MarkupNode(element: name, attributes: attributes)
        guard depth < maxDepth else { return element }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(convert(current, depth: depth + 1, lowercaseNames: lowercaseNames))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    element.children.append(MarkupNode(text: String(cString: content)))
                }
            case XML_ENTITY_REF_NODE:
                // Undeclared entities (&nbsp; in a feed) are kept as a space rather than lost silently.
                element.children.append(MarkupNode(text: " "))
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }

    /// The serialized XML of an element (a feed item's own bytes, for its raw hash).
    static func serialize(_ node: MarkupNode) -> String {
        var out = "<\(node.name)"
        for key in node.attributes.keys.sorted() { out += " \(key)=\"\(node.attributes[key]!)\"" }
        out += ">"
        for child in node.children { out += child.kind == .text ? child.text : serialize(child) }
        return out + "</\(node.name)>"
    }
}
