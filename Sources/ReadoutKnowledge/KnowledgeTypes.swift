// The records the knowledge base hands out: countries, gazetteer entries, titles and personal-name facts.
// In: rows of the bundled Data/*.tsv files. Out: plain value types the analyzer matches text against.
import ReadoutCore

public struct Country: Sendable, Hashable {
    public let alpha2: String
    public let alpha3: String
    /// Common short name as news writes it: "China", "South Korea", "Turkey".
    public let name: String
    public let officialName: String?
    /// Other names: "US", "U.S.", "America", "Burma", "Holland".
    public let aliases: [String]
    /// Adjectives and people forms: "Chinese", "American", "Americans".
    public let demonyms: [String]
    public let capital: String?
    /// "country" or "territory" (dependent territories such as Greenland or Puerto Rico).
    public let kind: String
    public let population: Int?
}

public struct GazetteerEntry: Sendable, Hashable {
    /// As written in text: "U.S.", "Beijing", "NATO", "South China Sea".
    public let surface: String
    /// The name the entity is known by: "United States", "Beijing", "North Atlantic Treaty Organization".
    public let canonical: String
    public let type: EntityType
    /// country, territory, capital, city, region, continent, water, landform, international, government,
    /// central_bank, party, armed_group, movement, outlet, company, university, think_tank, summit, forum,
    /// sports, holiday, historical, agreement.
    public let kind: String
    /// ISO 3166-1 alpha-3 of the country the thing belongs to, if any.
    public let country: String?
    /// Places only.
    public let population: Int?
    /// Also an everyday English word or a given name ("Reading", "Fed", "Jordan"): needs context.
    public let ambiguous: Bool
}

public struct TitleInfo: Sendable, Hashable {
    public let phrase: String
    /// head_of_state, head_of_government, minister, diplomat, legislator, official, military, royal,
    /// religious, judiciary, party, business, academic, media, honorific.
    public let kind: String
}

/// The likely sex of the people who bear a given name (raw values as in given_names.tsv's `sex` column).
public enum NameSex: String, Sendable, Hashable {
    case female = "f"
    case male = "m"
}

/// What the name lists know about one given name or surname.
public struct NameInfo: Sendable, Hashable {
    /// Naming cultures that use it: "us_census", "chinese", "west_african", "arabic", ...
    public let origins: [String]
    /// Also an everyday English word ("Will", "May", "Young", "Rich"): weak evidence of a name.
    public let weak: Bool
    /// Given names only: the sex the US Census lists (at least 90% of the name's bearers) or, for names they
    /// lack, gender-guesser's name dictionary give it clearly ("Mary" female, "John" male); nil when unknown or
    /// ambiguous ("Jordan", "Taylor", "Jean") and for surnames.
    public let sex: NameSex?
}
