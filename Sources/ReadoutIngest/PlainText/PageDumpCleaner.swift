// A plain-text page dump (text copied or scraped from a news page) → headline, standfirst,
// captions and body paragraphs, with the metadata the page prints (date, outlet, byline,
// section, photo credits) taken out of the text. The page is read in two zones: the header
// (everything above the first paragraph: kicker, headline, standfirst, byline, date line,
// captions, ads and promos) and the body (paragraphs, captions, subheads; related-story lists,
// furniture and wire credits dropped). Each line is judged by its shape and its position.
import ReadoutCore

struct PageDumpCleaner {
    /// False when the headline is known from elsewhere (a JSON Lines `title`): no line becomes the title.
    var detectHeadline = true
    /// A headline given with the text; a line repeating it is dropped.
    var knownTitle: String?

    /// Cleans normalized plain text (one paragraph per line, or hard-wrapped).
    func clean(_ text: String, markdown: Bool = false) -> CleanedPage {
        let lines = TextLayout.lines(of: text, markdown: markdown).map { PageLine(text: $0) }
        return clean(lines: lines)
    }

    /// Cleans lines some of which are already known to be captions (HTML `<figcaption>`).
    func clean(lines input: [PageLine]) -> CleanedPage {
        var lines = input.compactMap { line -> PageLine? in
            let text = WhitespaceNormalizer.collapse(line.text)
            return text.isEmpty ? nil : PageLine(text: text, isCaption: line.isCaption)
        }
        var scan = PageScan()
        scan.allowTitleFallback = detectHeadline
        if let first = lines.first, !first.isCaption, let header = HeaderLineParser.parse(first.text) {
            scan.take(header)
            lines.removeFirst()
            if let remainder = header.remainder { lines.insert(PageLine(text: remainder), at: 0) }
        }
        if let knownTitle {
            let key = ContentHasher.normalizedForHash(knownTitle)
            lines.removeAll { ContentHasher.normalizedForHash($0.text) == key }
        }
        lines = DuplicateLineFilter.keptIndices(lines.map(\.text)).map { lines[$0] }

        let bodyStart = scanHeader(lines, into: &scan)
        let bodyLines = bodyStart.map { Array(lines[$0...]) } ?? []
        scanBody(bodyLines, into: &scan)
        return scan.finish()
    }

    /// Reads lines until the first body paragraph; returns its index (nil when there is none).
    private func scanHeader(_ lines: [PageLine], into scan: inout PageScan) -> Int? {
        for (index, pageLine) in lines.enumerated() {
            let line = pageLine.text
            let dateJustAbove = scan.dateAboveHeadline
            scan.dateAboveHeadline = nil
            if pageLine.isCaption {
                scan.takeCaption(line, inHeader: true)
                continue
            }
            let shape = LineShape(line)
            if scan.takeMetadataLine(line, shape: shape, inHeader: true) { continue }
            scan.dateAboveHeadline = dateJustAbove
            if let credit = CaptionCredit.split(line) {
                scan.take(credit, inHeader: true)
                continue
            }
            let dateline = DatelineParser.parse(line)
            if scan.expectingCaption {
                scan.expectingCaption = false
                if dateline == nil && shape.wordCount <= 40 && !shape.isHeadlineLike {
                    scan.headerCaptions.append(line)
                    continue
                }
            }
            if let bullet = Bullet.strip(line) {
                scan.standfirst.append(bullet)
                continue
            }
            if let dateline {
                scan.datelineAgency = scan.datelineAgency ?? dateline.agency
                // A wire dateline's full date is the report's day when nothing above it stated one.
                if scan.published == nil, let day = dateline.date { scan.published = ParsedDate(day: day, time: nil) }
                return index
            }
            if scan.title == nil {
                if detectHeadline && shape.isHeadlineLike && !shape.isSectionLike && !shape.isPersonName {
                    scan.setTitle(line)
                    continue
                }
                if shape.isBodyLike { return index }
                if shape.isPersonName {
                    scan.authorCandidates.append(line)
                } else if let outlet = NewsOutlets.canonical(line) {
                    scan.headerOutlet = scan.headerOutlet ?? outlet  // a masthead
                } else if shape.isSectionLike {
                    scan.sectionCandidates.append((line, index))
                } else if shape.wordCount >= 3 {
                    return index
                }
                continue
            }
            let known = scan.authors + scan.authorCandidates
            if let split = BylineParser.splitNameAndLocation(line, known: known) {
                if !known.contains(split.name) { scan.authorCandidates.append(split.name) }
                continue
            }
            if shape.isPersonName {
                scan.authorCandidates.append(line)
                continue
            }
            let names = BylineParser.names(in: line)
            if names.count >= 2 && shape.wordCount <= 12 {  // "Jane Doe and Ali Khan"
                scan.authorCandidates += names
                continue
            }
            if let outlet = outletLine(line) {
                scan.headerOutlet = scan.headerOutlet ?? outlet
                continue
            }
            if shape.isBodyLike { return index }
            if shape.wordCount >= 2 { scan.standfirst.append(line) }
        }
        return nil
    }

    /// "Andean News Service", "The Daily Outlet", "Daily Outlet, Nairobi" → the outlet's name.
    private func outletLine(_ line: String) -> String? {
        if isOutletLine(LineShape(line)) { return NewsOutlets.canonical(line) ?? line }
        guard let comma = line.firstIndex(of: ","), line.count <= 60 else { return nil }
        let name = String(line[..<comma])
        let place = LineShape(WhitespaceNormalizer.collapse(line[line.index(after: comma)...]))
        guard place.wordCount >= 1, place.wordCount <= 3, place.startsWithCapitalOrDigit, !place.endsLikeSentence,
              isOutletLine(LineShape(name)) else { return nil }
        return NewsOutlets.canonical(name) ?? name
    }

    private func isOutletLine(_ shape: LineShape) -> Bool {
        guard shape.wordCount <= 6, !shape.endsLikeSentence, !shape.text.contains(",") else { return false }
        if NewsOutlets.isKnown(shape.text) { return true }
        let capitalised = shape.words.allSatisfy { word in
            ["of", "the", "and", "&"].contains(word.lowercased()) || word.first?.isUppercase == true
        }
        return capitalised && NewsOutlets.looksLikeOutletName(shape.text)
    }

    private func scanBody(_ lines: [PageLine], into scan: inout PageScan) {
        var afterRelatedLabel = false
        for pageLine in lines {
            let line = pageLine.text
            if pageLine.isCaption {
                scan.takeCaption(line, inHeader: false)
                continue
            }
            let shape = LineShape(line)
            if PageFurniture.isFurniture(line) {
                afterRelatedLabel = PageFurniture.introducesLinks(line)
                continue
            }
            if afterRelatedLabel && shape.isHeadlineLike { continue }
            afterRelatedLabel = false
            if let authors = BylineParser.parseWireCredit(line) {
                scan.authors += authors
                continue
            }
            if scan.takeMetadataLine(line, shape: shape, inHeader: false) { continue }
            if let credit = CaptionCredit.split(line) {
                scan.take(credit, inHeader: false)
                continue
            }
            if let bullet = Bullet.strip(line) {
                scan.body.append(BodyLine(kind: .paragraph, text: bullet, isHeadlineLike: false))
                continue
            }
            scan.body.append(BodyLine(kind: .paragraph, text: line, isHeadlineLike: shape.isHeadlineLike))
        }
    }
}

/// One line of input text; `isCaption` when the markup said so.
struct PageLine {
    var text: String
    var isCaption = false
}

/// A standfirst or list bullet: "• text", "· text", "- text", "* text" → "text".
enum Bullet {
    static func strip(_ line: String) -> String? {
        for marker in ["•", "·", "▪", "●", "■", "◦", "‣", "- ", "– ", "* "] where line.hasPrefix(marker) {
            let text = WhitespaceNormalizer.collapse(line.dropFirst(marker.count))
            return text.isEmpty ? nil : text
        }
        return nil
    }
}

struct BodyLine {
    var kind: BlockKind
    var text: String
    var isHeadlineLike: Bool
}
