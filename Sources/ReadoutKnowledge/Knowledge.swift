// General knowledge of international news, loaded once from the bundled Data/ files.
// In: countries.tsv, gazetteer.tsv, titles.tsv, words.tsv, given_names.tsv, surnames.tsv, pinyin.tsv,
//     common_words.tsv (made by scripts/knowledge/generate.sh; each names its source).
// Out: lookups for the analyzer: places, organizations, events, titles, personal names, non-name words.

import Foundation
import ReadoutCore

public final class Knowledge: Sendable {
    /// The bundled knowledge, loaded on first use.
    public static let shared: Knowledge = {
        do {
            return try Knowledge(directory: bundledDirectory)
        } catch {
            fatalError("readout: bundled knowledge data is unusable: \(error)")
        }
    }()

    /// The folder holding the bundled data files.
    public static var bundledDirectory: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Data", isDirectory: true)
    }

    public let countries: [Country]
    public let maxSurfaceTokens: Int
    public let titleWords: WordSet
    public let titleModifiers: WordSet
    public let honorifics: WordSet
    public let nameParticles: WordSet
    /// "Jr.", "Sr.", "II", "III", "PhD" ...
    public let nameSuffixes: WordSet
    public let orgHeadWords: WordSet
    public let locHeadWords: WordSet
    public let eventHeadWords: WordSet
    /// Last words of document names ("Windsor Framework", "Paris Agreement"): such a run names no entity itself.
    public let documentHeadWords: WordSet
    /// Words capitalized in title-case headlines that can also be part of a name ("Talks", "Security", "New").
    public let headlineWords: WordSet
    /// The `# source:` line of each data file, by file name.
    public let sources: [String: String]

    private let countriesByAlpha3: [String: Country]
    private let countriesByName: WordMap<Country>
    private let countriesByDemonym: WordMap<Country>
    private let gazetteer: WordMap<[GazetteerEntry]>
    /// First words of multi-word gazetteer names ("South" of "South China Sea"): a recogniser checks this
    /// before building a phrase to look up.
    public let multiWordStarts: WordSet
    private let titles: WordMap<TitleInfo>
    private let givenNames: WordMap<NameInfo>
    private let surnames: WordMap<NameInfo>
    private let pinyin: PinyinSyllables
    /// "Nato" → NATO's entry: organisations known by an acronym of four letters or more, keyed by the acronym in
    /// title case (British style writes acronyms pronounced as words that way).
    private let titleCaseAcronyms: WordMap<GazetteerEntry>
    /// Office holders' full names and forms (folded) → country; and surnames only one of them bears.
    private let officeHolders: WordMap<String>
    private let officeHolderSurnames: WordMap<String>
    private let officeTermsByName: WordMap<[ClosedRange<Int>]>
    private let nonNameWords: WordSet
    private let commonWords: WordMap<Double>

    public static let fileNames = [
        "countries.tsv", "gazetteer.tsv", "titles.tsv", "words.tsv", "given_names.tsv", "surnames.tsv",
        "pinyin.tsv", "common_words.tsv", "office_holders.tsv",
    ]

    public init(directory: URL) throws {
        var files: [String: TSVFile] = [:]
        var sources: [String: String] = [:]
        for name in Self.fileNames {
            let url = directory.appendingPathComponent(name)
            let file = try TSVFile(url: url)
            guard let source = file.sourceLine else {
                throw ReadoutError(source: url.path, reason: "knowledge file has no '# source:' line")
            }
            files[name] = file
            sources[name] = source
        }
        self.sources = sources

        let countries = Self.readCountries(files["countries.tsv"]!)
        self.countries = countries
        countriesByAlpha3 = Dictionary(countries.map { ($0.alpha3, $0) }, uniquingKeysWith: { first, _ in first })
        let (byName, byDemonym) = Self.indexCountries(countries)
        countriesByName = WordMap(byName)
        countriesByDemonym = WordMap(byDemonym)

        let (gazetteer, maxTokens) = Self.readGazetteer(files["gazetteer.tsv"]!)
        self.gazetteer = WordMap(gazetteer)
        maxSurfaceTokens = maxTokens
        var starts = Set<String>()
        for surface in gazetteer.keys {
            // The first token as a tokenizer cuts it: up to a space ("St." of "St. Petersburg") or up to any
            // other mark ("Asia" of "Asia-Pacific", "People" of "People’s Bank of China").
            if let space = surface.firstIndex(of: " ") { starts.insert(String(surface[..<space])) }
            if let mark = surface.firstIndex(where: { !($0.isLetter || $0.isNumber) }), mark > surface.startIndex {
                starts.insert(String(surface[..<mark]))
            }
        }
        multiWordStarts = WordSet(starts)
        var acronyms: [String: GazetteerEntry] = [:]
        for (surface, entries) in gazetteer where surface.count >= 4 && surface.allSatisfy({ $0.isUppercase }) {
            guard let org = entries.first(where: { $0.type == .org && !$0.ambiguous }) else { continue }
            acronyms[surface.prefix(1) + surface.dropFirst().lowercased()] = org
        }
        titleCaseAcronyms = WordMap(acronyms)

        var titles: [String: TitleInfo] = [:]
        var titleWords = Set<String>()
        for row in files["titles.tsv"]!.rows {
            let info = TitleInfo(phrase: row.field(0), kind: row.field(1))
            let key = Self.titleKey(info.phrase)
            if titles[key] == nil { titles[key] = info }
            for word in key.split(separator: " ") {
                titleWords.insert(String(word))
                for part in word.split(separator: "-") where part.count > 1 { titleWords.insert(String(part)) }
            }
        }
        self.titles = WordMap(titles)

        var words: [String: Set<String>] = [:]
        for row in files["words.tsv"]!.rows { words[row.field(0), default: []].insert(row.field(1)) }
        let modifiers = Set((words["modifier"] ?? []).map { $0.lowercased() })
        self.titleWords = WordSet(titleWords.union(modifiers))
        titleModifiers = WordSet(modifiers)
        honorifics = WordSet(words["honorific"] ?? [])
        nameParticles = WordSet(words["particle"] ?? [])
        nameSuffixes = WordSet(words["suffix"] ?? [])
        orgHeadWords = WordSet(words["org_head"] ?? [])
        locHeadWords = WordSet(words["loc_head"] ?? [])
        eventHeadWords = WordSet(words["event_head"] ?? [])
        documentHeadWords = WordSet(words["document_head"] ?? [])
        headlineWords = WordSet(words["headline"] ?? [])
        nonNameWords = WordSet(words["non_name"] ?? [])

        givenNames = WordMap(Self.readNames(files["given_names.tsv"]!))
        surnames = WordMap(Self.readNames(files["surnames.tsv"]!))
        pinyin = PinyinSyllables(Set(files["pinyin.tsv"]!.rows.map { $0.field(0) }))
        var commonWords: [String: Double] = [:]
        for row in files["common_words.tsv"]!.rows { commonWords[row.field(0)] = Double(row.field(1)) ?? 0 }
        self.commonWords = WordMap(commonWords)

        var holders: [String: String] = [:]
        var bySurname: [String: String?] = [:]
        var terms: [String: [ClosedRange<Int>]] = [:]
        for row in files["office_holders.tsv"]!.rows {
            let country = row.field(2)
            let years = Self.officeTerms(row.field(3))
            for form in [row.field(0)] + row.field(1).split(separator: "|").map(String.init) where !form.isEmpty {
                holders[Self.holderKey(form)] = country
                if !years.isEmpty { terms[Self.holderKey(form)] = years }
                if let last = form.split(separator: " ").last.map(String.init) {
                    let key = Self.normalizedName(last)
                    // A surname two office holders share ("Lee", "Kim") names neither.
                    if let seen = bySurname[key], seen != country { bySurname[key] = .some(nil) } else { bySurname[key] = country }
                }
            }
        }
        officeHolders = WordMap(holders)
        officeHolderSurnames = WordMap(bySurname.compactMapValues { $0 })
        officeTermsByName = WordMap(terms)
    }

    /// "President of X, 2017-2021 and from 2025" → [2017...2021, 2025...9999]: the years an office was held
    /// (an open term runs on).
    static func officeTerms(_ office: String) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        let words = office.replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        for (k, w) in words.enumerated() {
            let parts = w.split(separator: "-").compactMap { Int($0) }
            if parts.count == 2, parts[0] <= parts[1] { out.append(parts[0]...parts[1]) }
            else if parts.count == 1, w.count == 4, k > 0, words[k - 1] == "from" { out.append(parts[0]...9999) }
        }
        return out
    }

    /// "Lee Jae-myung" and "Lee Jae Myung" are one name.
    static func holderKey(_ name: String) -> String {
        normalizedName(name.utf8.contains(45) ? name.replacingOccurrences(of: "-", with: " ") : name)
    }

    /// The organisation an acronym written in title case stands for ("Ecowas" → ECOWAS), if any.
    public func titleCaseAcronym(_ word: String) -> GazetteerEntry? { titleCaseAcronyms[word] }

    // MARK: Office holders

    /// The country of a head of state or government or foreign minister named in full ("Xi Jinping" → CHN).
    public func officeHolderCountry(fullName: String) -> String? { officeHolders[Self.holderKey(fullName)] }

    /// The years a head of state or government or foreign minister named in full held office, as the cited lists
    /// give them (empty when they give none, or for someone not listed).
    public func officeTerms(fullName: String) -> [ClosedRange<Int>] { officeTermsByName[Self.holderKey(fullName)] ?? [] }

    /// The country of the one office holder with this surname, when it is not also a common surname ("Putin",
    /// "Stubb" yes; "Lee", "Kim" or "Johnson" — common in the US census or in several naming cultures — no).
    public func officeHolderCountry(surname: String) -> String? {
        if let info = self.surname(surname), info.origins.contains("us_census") || info.origins.count >= 2 { return nil }
        return officeHolderSurnames[Self.normalizedName(surname)]
    }

    // MARK: Countries

    public func country(alpha3: String) -> Country? { countriesByAlpha3[alpha3.uppercased()] }

    /// Any name, alias or official name, case-insensitive: "china", "U.S.", "Republic of Korea", "Burma".
    public func country(named name: String) -> Country? {
        countriesByName[Self.normalizedName(name)]
    }

    /// Demonym or adjective as written (capitalized): "Chinese", "Americans", "Emirati", "Filipino".
    public func countryForDemonym(_ word: String) -> Country? { countriesByDemonym[word] }

    // MARK: Gazetteer

    /// Entries whose surface is exactly `surface` (case-sensitive), best first: curated before generated,
    /// capitals before other cities, larger places first.
    public func entries(surface: String) -> [GazetteerEntry] { gazetteer[surface] ?? [] }

    // MARK: Titles

    /// Case-insensitive: "prime minister", "Foreign Minister", "Secretary-General".
    public func title(_ phrase: String) -> TitleInfo? { titles[Self.titleKey(phrase)] }

    // MARK: Personal names

    public func isGivenName(_ token: String) -> Bool { givenName(token) != nil }
    public func isSurname(_ token: String) -> Bool { surname(token) != nil }

    public func givenName(_ token: String) -> NameInfo? { Self.lookUpName(token, in: givenNames) }
    public func surname(_ token: String) -> NameInfo? { Self.lookUpName(token, in: surnames) }

    /// The likely sex of a given name, looked up as `givenName(_:)` does ("Mary", "MARY", "mary" → female;
    /// "Hüseyin" and its given_names.tsv spelling "Huseyin" → male); nil when the name is unknown or its sex
    /// ambiguous ("Jordan", "Taylor"). For resolving "he"/"she" to a person of the matching sex.
    public func sex(ofGivenName name: String) -> NameSex? { givenName(name)?.sex }

    /// "Jinping" (jin+ping), "Xiaohong", "Ing-wen"-style hyphenated parts; case-insensitive.
    public func isPinyinSyllables(_ token: String) -> Bool { pinyin.matches(token) }

    // MARK: Words

    /// Capitalized words that are never a name on their own: "Monday", "January", "The", "He", "However".
    /// "GDP", "CEO", "COVID": an all-caps abbreviation the list marks as a common noun (exact case only, so
    /// "MONDAY" in a headline is not asked here).
    public func isAcronymCommonNoun(_ token: String) -> Bool { nonNameWords.contains(token) }

    public func isNonNameCapitalized(_ token: String) -> Bool {
        if nonNameWords.contains(token) { return true }
        if token.count > 1, token == token.uppercased() {  // "MONDAY" in an all-caps headline
            return nonNameWords.contains(token.prefix(1) + token.dropFirst().lowercased())
        }
        return false
    }

    /// Zipf frequency (0–8) of an everyday English word, lowercased; nil when it is not one.
    public func commonWordZipf(_ word: String) -> Double? { commonWords[word.lowercased()] }

    public func isCommonWord(_ word: String, minimumZipf: Double = 3.0) -> Bool {
        (commonWordZipf(word) ?? 0) >= minimumZipf
    }
}

// MARK: - Loading

extension Knowledge {
    static func titleKey(_ phrase: String) -> String {
        let lower = phrase.lowercased()
        // Most phrases are already single-spaced: no need to split and join them (asked per name, many times).
        var previousSpace = true
        var clean = true
        for b in lower.utf8 {
            let space = b == 32
            if b == 9 || (space && previousSpace) { clean = false; break }
            previousSpace = space
        }
        if clean && !previousSpace { return lower }
        return lower.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    static func normalizedName(_ name: String) -> String {
        var key = titleKey(name)
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return key
    }

    static func lookUpName(_ token: String, in table: WordMap<NameInfo>) -> NameInfo? {
        if let info = table[token] { return info }
        // "NGUYEN" in an all-caps byline, "nguyen" from a URL.
        let capitalized = token.prefix(1).uppercased() + token.dropFirst().lowercased()
        return capitalized == token ? nil : table[capitalized]
    }

    static func readCountries(_ file: TSVFile) -> [Country] {
        file.rows.map { row in
            Country(alpha2: row.field(0), alpha3: row.field(1), name: row.field(2), officialName: row.optionalField(3),
                    aliases: row.list(5), demonyms: row.list(6), capital: row.optionalField(4),
                    kind: row.field(7), population: Int(row.field(8)))
        }
    }

    /// Name and demonym indexes; a larger country wins a shared word ("Congolese" → DR Congo).
    static func indexCountries(_ countries: [Country]) -> (names: [String: Country], demonyms: [String: Country]) {
        var names: [String: Country] = [:]
        var demonyms: [String: Country] = [:]
        for country in countries.sorted(by: { ($0.population ?? 0) > ($1.population ?? 0) }) {
            for name in [country.name, country.officialName].compactMap({ $0 }) + country.aliases {
                let key = normalizedName(name)
                if names[key] == nil { names[key] = country }
            }
            for demonym in country.demonyms where demonyms[demonym] == nil {
                demonyms[demonym] = country
            }
        }
        // Full names and official names beat another country's alias ("Congo" is the Republic of the Congo).
        for country in countries {
            names[normalizedName(country.name)] = country
        }
        return (names, demonyms)
    }

    static func readGazetteer(_ file: TSVFile) -> (entries: [String: [GazetteerEntry]], maxTokens: Int) {
        var entries: [String: [GazetteerEntry]] = [:]
        entries.reserveCapacity(file.rows.count)
        var maxTokens = 0
        for row in file.rows {
            guard let type = EntityType(rawValue: row.field(2)) else { continue }
            let surface = row.field(0)
            let entry = GazetteerEntry(surface: surface, canonical: row.field(1), type: type, kind: row.field(3),
                                       country: row.optionalField(4), population: Int(row.field(5)),
                                       ambiguous: row.field(6) == "1")
            entries[surface, default: []].append(entry)
            maxTokens = max(maxTokens, surface.utf8.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 })
        }
        return (entries, maxTokens)
    }

    static func readNames(_ file: TSVFile) -> [String: NameInfo] {
        var names: [String: NameInfo] = [:]
        names.reserveCapacity(file.rows.count)
        for row in file.rows {
            names[row.field(0)] = NameInfo(origins: row.field(1).split(separator: ",").map(String.init),
                                           weak: row.field(2) == "1", sex: NameSex(rawValue: row.field(3)))
        }
        return names
    }
}
