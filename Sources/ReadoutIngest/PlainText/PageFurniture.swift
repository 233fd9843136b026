// A line of a news page → whether it is page furniture to drop: ad markers, share/subscribe
// buttons, newsletter and app promos, "Read more"/"Related" labels, cookie notices, editor's
// notes, wire-service update notes, "5 min read", stray numbers. The vocabulary is what news
// sites in general print around articles, not any one site's wording.
import Foundation

enum PageFurniture {
    /// Whole lines (case-insensitive, trailing punctuation ignored) that are interface, never content.
    static let labels: Set<String> = [
        "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content", "promoted",
        "paid content", "partner content", "paid post", "scroll to continue with content", "story continues below advertisement",
        "article continues below", "continue reading below", "learn more", "read more", "read full story", "read the full story",
        "continue reading", "keep reading", "show more", "see more", "load more", "view more", "more", "search", "menu", "close",
        "open", "home", "skip to content", "skip to main content", "skip navigation", "share", "share this", "share this article",
        "share this story", "share article", "share story", "share on facebook", "share on twitter", "share on x",
        "share on whatsapp", "share on linkedin", "share via email", "tweet", "email", "e-mail", "print", "copy link", "copied",
        "link copied", "save", "save article", "bookmark", "comments", "comment", "view comments", "show comments",
        "leave a comment", "join the conversation", "subscribe", "subscribe now", "sign up", "sign in", "log in", "login",
        "log out", "register", "follow", "follow us", "breaking news", "breaking", "live", "live updates", "trending",
        "trending now", "most read", "most popular", "most viewed", "top stories", "latest news", "latest", "related",
        "related articles", "related stories", "related news", "related content", "related topics", "recommended",
        "recommended for you", "recommended stories", "you may also like", "you might also like", "more stories",
        "more news", "more on this story", "also read", "read also", "see also", "watch", "watch video", "video", "listen",
        "listen to this article", "play", "pause", "audio", "gallery", "photo gallery", "photos", "image", "images",
        "loading", "click here", "tags", "topics", "newsletter", "newsletters", "back to top", "next", "previous",
        "next article", "previous article", "next story", "previous story", "accept", "accept all", "accept cookies",
        "manage cookies", "cookie settings", "privacy policy", "terms of use", "terms and conditions", "contact us",
        "about us", "all rights reserved", "download app", "download the app", "get the app", "open in app", "font size",
        "text size", "listen now", "watch now", "explore", "explore more", "opinion", "toggle navigation", "x", "facebook",
        "twitter", "whatsapp", "linkedin", "telegram", "reddit", "pinterest", "instagram", "youtube", "messenger",
        "copy this link", "share this with", "share page", "view gallery", "enlarge", "expand", "zoom", "fullscreen",
        // Bylines that name no one.
        "staff reporter", "our correspondent", "special correspondent", "our reporter", "news desk", "web desk",
        "online desk", "staff writer", "agencies", "news agencies", "wire services", "agency report", "from our correspondent",
    ]

    /// Line openers that mark a note, a link or a prompt rather than article text.
    static let openers: [String] = [
        "breaking news:", "editor's note:", "editor’s note:", "editors' note:", "editors note:", "go deeper:", "read more:",
        "read also:", "also read:", "also read |", "read more |", "related:", "related |", "see also:", "watch:", "watch |",
        "listen:", "photos:", "video:", "tags:", "topics:", "follow us", "subscribe to", "sign up for", "sign up to",
        "click here", "download the", "join our", "get the latest", "copyright", "©", "(c) 20", "this story has been",
        "this article has been updated", "this article was updated", "this article first appeared", "this story first appeared",
        "this article was originally published", "this story was originally published", "don't miss", "don’t miss",
        "recommended:", "trending:", "more:", "more from", "further reading", "you may also like", "report an error",
        "we use cookies", "this site uses cookies", "this website uses cookies", "reading time", "estimated reading time",
        "these are external links", "external link", "skip advert", "article continues after",
    ]

    /// Wire services' notes to editors, printed in capitals above the story ("UPDATES WITH ...", "REFILE-").
    static let wireNoteOpeners = ["UPDATE", "REFILE", "CORRECTED", "CORRECTS", "CORRECTION", "ADDS ", "RECASTS", "REPEATS", "WRAPUP", "RPT-"]

    /// Phrases that give away a promotion or a notice even inside a longer line.
    static let promoPhrases: [String] = [
        "newsletter", "subscribe now", "sign up for", "sign up to", "download our", "download the app", "get the app",
        "our app", "news feed", "personalised news", "personalized news", "get more with", "stories that matter to you",
        "follow us on", "whatsapp channel", "telegram channel", "on google news", "cookie", "privacy policy",
        "all rights reserved", "enable javascript", "your browser", "ad blocker", "adblocker", "free trial",
        "support our journalism", "support independent journalism", "already a subscriber", "create an account",
        "create a free account", "unlimited access", "log in to", "sign in to", "to continue reading", "subscribers only",
        "exclusive offer", "special offer", "limited time offer",
    ]

    private static let relativeTime = Pattern(#"^(?:updated |published |posted )?\d+\s*(?:min|mins|minute|minutes|hr|hrs|hour|hours|day|days|week|weeks)\s*(?:read|ago)$"#, caseInsensitive: true)
    private static let strayNumber = Pattern(#"^[\d\s.,/:|#()+-]{1,12}$"#)
    private static let counter = Pattern(#"^\d+\s+(?:comments?|shares?|views?|likes?|reactions?)$"#, caseInsensitive: true)

    static func isFurniture(_ line: String) -> Bool {
        // Furniture is short; only the start of a long paragraph can matter (an opener such as "Editor's note:").
        // (A line of at most 300 bytes has at most 300 characters: no need to count them.)
        let lower = TextCase.lowercased(line.utf8.count <= 300 ? line : String(line.prefix(300)))
        let key = trimmedKey(lower)
        if labels.contains(key) { return true }
        if key.isEmpty { return true }
        if line.utf8.count <= 12 && strayNumber.matches(line) { return true }
        // Both patterns open with a digit or "updated/published/posted"; checking that first spares the regexes.
        if mayCountTime(key), line.count <= 40, relativeTime.matches(key) || counter.matches(key) { return true }
        for opener in openers where TextSearch.hasPrefix(lower, opener) { return true }
        if wireNoteOpeners.contains(where: { TextSearch.hasPrefix(line, $0) }), line.count <= 200, LineShape(line).isAllCaps {
            return true
        }
        return isPromo(line)
    }

    /// Characters trimmed from both ends of a line before it is compared with the labels.
    private static let keyTrim: Set<Unicode.Scalar> = [" ", ".", ":", "!", "|", "»", "›", ">", "-", "–", "—", "•", "·", "*", "#"]

    /// `text` without `keyTrim` characters at either end (what trimmingCharacters(in:) gives, without Foundation).
    static func trimmedKey(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !keyTrim.contains($0) }),
              let last = scalars.lastIndex(where: { !keyTrim.contains($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(Substring(scalars[first...last]))  // Substring's view: no scalar-by-scalar copy
    }

    private static func mayCountTime(_ key: String) -> Bool {
        if let first = key.unicodeScalars.first, first.properties.numericType == .decimal { return true }
        return TextSearch.hasPrefix(key, "updated ") || TextSearch.hasPrefix(key, "published ") || TextSearch.hasPrefix(key, "posted ")
    }

    /// Labels after which the next headline-shaped lines are links to other stories.
    static func introducesLinks(_ line: String) -> Bool {
        let key = trimmedKey(line.lowercased())
        return ["related", "related articles", "related stories", "related news", "related content", "read more", "also read",
                "read also", "see also", "more stories", "more news", "recommended", "recommended for you", "recommended stories",
                "you may also like", "you might also like", "top stories", "most read", "most popular", "most viewed", "trending",
                "trending now", "latest news", "latest", "more on this story", "further reading"].contains(key)
    }

    /// A short line that sells, asks or notifies (a sentence of article text rarely contains these phrases).
    static func isPromo(_ line: String) -> Bool {
        guard wordCount(line, atMost: 31) <= 30 else { return false }
        let lower = TextCase.lowercased(line)
        return promoPhrases.contains { TextSearch.contains(lower, $0) }
    }

    /// Space-separated words in `line`, counting no further than `limit`.
    private static func wordCount(_ line: String, atMost limit: Int) -> Int {
        var count = 0, inWord = false
        for byte in line.utf8 {
            if byte == 32 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= limit { return count }
            }
        }
        return count
    }

    /// "To example.co.ke", "www.example.com", "Go to example.co.uk": a site line whose domain names the outlet.
    static func siteDomain(_ line: String) -> String? {
        guard line.utf8.count <= 80, line.contains("."), line.split(separator: " ").count <= 3, let groups = siteLine.firstMatch(line), let domain = groups[1] else { return nil }
        return domain.lowercased().hasPrefix("www.") ? String(domain.dropFirst(4)) : domain
    }

    private static let siteLine = Pattern(#"^(?:(?:to|go to|visit|back to|return to)\s+)?((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|news|co|[a-z]{2})(?:\.[a-z]{2})?)/?$"#, caseInsensitive: true)
}
