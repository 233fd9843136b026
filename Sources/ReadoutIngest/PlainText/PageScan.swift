// The state of reading one page dump: what has been found so far (headline, standfirst,
// captions, body lines, metadata candidates by source) → the `CleanedPage`, choosing the outlet
// by how directly the page states it and dropping runs of related-story headlines.
import ReadoutCore

struct PageScan {
    var title: String?
    var standfirst: [String] = []
    var headerCaptions: [String] = []
    var body: [BodyLine] = []
    var expectingCaption = false
    /// A bare date line just read above the headline, cleared by any other line.
    var dateAboveHeadline: ParsedDate?
    /// Whether a short line above the body may become the headline when no other line did.
    var allowTitleFallback = true

    var published: ParsedDate?
    var publishedIsUpdate = false
    var authors: [String] = []
    /// Lone name lines near the headline: bylines, unless the body names the person (then a caption).
    var authorCandidates: [String] = []
    var sectionCandidates: [(text: String, index: Int)] = []
    var credits: [String] = []

    // Outlet candidates, most direct first.
    var headerOutlet: String?
    var siteOutlet: String?
    var headlineOutlet: String?
    var datelineAgency: String?
    var creditOutlet: String?

    mutating func take(_ header: HeaderLine) {
        published = ParsedDate(day: header.published, time: header.time)
        headerOutlet = header.outlet
        if let byline = header.byline {
            authors += byline.authors
            headerOutlet = headerOutlet ?? byline.outlet
        }
        if let credit = header.credit {
            take(credit, inHeader: true)
            // On the date line a "Name / Outlet" credit is the page's own photo desk.
            headerOutlet = headerOutlet ?? credit.ownerOutlet
        }
    }

    mutating func setTitle(_ line: String) {
        if published == nil, let date = dateAboveHeadline { published = date }
        title = line
        headlineOutlet = OutletMentions.headlinePrefix(line)
    }

    mutating func take(_ credit: CaptionCredit, inHeader: Bool) {
        credits.append(credit.credit)
        if credit.isCreditOnly {
            creditOutlet = creditOutlet ?? credit.ownerOutlet
            expectingCaption = inHeader
        } else {
            expectingCaption = false  // the caption the credit belonged to has come
            if inHeader {
                headerCaptions.append(credit.caption)
            } else {
                body.append(BodyLine(kind: .caption, text: credit.caption, isHeadlineLike: false))
            }
        }
    }

    /// A line the markup marks as a caption: its credit (if any) goes to the credits.
    mutating func takeCaption(_ line: String, inHeader: Bool) {
        if let credit = CaptionCredit.split(line) {
            take(credit, inHeader: inHeader)
            expectingCaption = false
        } else if inHeader {
            headerCaptions.append(line)
        } else {
            body.append(BodyLine(kind: .caption, text: line, isHeadlineLike: false))
        }
    }

    /// Handles a line that only carries metadata or furniture; false when the line is text.
    mutating func takeMetadataLine(_ line: String, shape: LineShape, inHeader: Bool) -> Bool {
        if inHeader && PageFurniture.isFurniture(line) { return true }
        if let domain = PageFurniture.siteDomain(line) {
            siteOutlet = siteOutlet ?? domain
            return true
        }
        if let stated = PublishedLineParser.parse(line) {
            // A bare date above the headline is the article's only when the headline follows at once;
            // above site furniture it is the masthead's "today" (the day the page was saved).
            if stated.isBare && inHeader && title == nil {
                dateAboveHeadline = stated.date
                return true
            }
            if published == nil || (publishedIsUpdate && !stated.isUpdate) {
                published = stated.date
                publishedIsUpdate = stated.isUpdate
            }
            return true
        }
        if let byline = BylineParser.parse(line) {
            authors += byline.authors
            headerOutlet = headerOutlet ?? byline.outlet
            return true
        }
        if inHeader, let wire = BylineParser.parseWireCredit(line) {
            authors += wire
            return true
        }
        return false
    }

    func finish() -> CleanedPage {
        var page = CleanedPage()
        var scan = self
        var paragraphs = scan.body
        RelatedStoryFilter.dropHeadlineRuns(&paragraphs)
        if !paragraphs.contains(where: { $0.kind == .paragraph }) {
            // No line looked like body text: what was taken for a standfirst is all the text there is.
            paragraphs = scan.standfirst.map { BodyLine(kind: .paragraph, text: $0, isHeadlineLike: false) } + paragraphs
            scan.standfirst = []
        }
        let bodyText = paragraphs.map(\.text).joined(separator: "\n")
        for candidate in scan.authorCandidates {
            if bodyText.contains(candidate) {
                scan.headerCaptions.append(candidate)  // a name the article is about labels a photo
            } else {
                scan.authors.append(candidate)
            }
        }

        var title = scan.title
        var section = scan.sectionCandidates.first?.text
        if title == nil, allowTitleFallback, let last = scan.sectionCandidates.last, LineShape(last.text).wordCount >= 3,
           !LineShape(last.text).isAllCaps, !last.text.contains(" / ") {
            title = last.text  // a short headline ("Putin visits Pyongyang") rather than a section label
            if section == last.text { section = scan.sectionCandidates.count > 1 ? scan.sectionCandidates[0].text : nil }
        }
        page.title = title
        page.standfirst = scan.standfirst
        page.body = scan.headerCaptions.map { (BlockKind.caption, $0) } + paragraphs.map { ($0.kind, $0.text) }

        var metadata = ArticleMetadata()
        metadata.published = scan.published?.day
        metadata.publishedSource = scan.published == nil ? nil : .header
        metadata.publishedTime = scan.published?.time
        metadata.authors = scan.authors
        metadata.section = section
        metadata.credits = scan.credits
        let spoken = OutletMentions.spokenTo(in: paragraphs.filter { $0.kind == .paragraph }.map(\.text))
        metadata.outlet = scan.headerOutlet ?? scan.siteOutlet ?? scan.headlineOutlet ?? scan.datelineAgency
            ?? scan.creditOutlet ?? spoken
        page.metadata = metadata
        return page
    }
}

/// Lists of links to other stories inside a page dump: several headline-shaped lines in a row.
enum RelatedStoryFilter {
    static func dropHeadlineRuns(_ lines: inout [BodyLine]) {
        var keep = [Bool](repeating: true, count: lines.count)
        var start = 0
        while start < lines.count {
            guard lines[start].isHeadlineLike && lines[start].kind == .paragraph else {
                start += 1
                continue
            }
            var end = start
            while end + 1 < lines.count && lines[end + 1].isHeadlineLike && lines[end + 1].kind == .paragraph { end += 1 }
            if end > start { for i in start...end { keep[i] = false } }  // one subhead alone stays
            start = end + 1
        }
        lines = lines.indices.filter { keep[$0] }.map { lines[$0] }
    }
}
