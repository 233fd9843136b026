// Word classes the recogniser needs beyond the knowledge files: the small closed
// sets of English function words that join or surround names in news prose.
import ReadoutCore
import ReadoutKnowledge

enum NameLexicon {
    /// Lowercase words allowed inside a capitalised run ("Council on Foreign Relations",
    /// "Mohammed bin Salman"); a run keeps them only when a head word or gazetteer entry justifies it.
    static let connectors: Set<String> = [
        "of", "for", "and", "the", "on", "de", "du", "des", "la", "le", "del", "della", "da", "do", "dos", "das",
        "van", "von", "der", "den", "bin", "ibn", "bint", "al", "el", "y", "&", "to", "with",
    ]
    /// Function words that a headline or a work title capitalises ("A Conversation With ..."); mid-sentence they
    /// join or end names, they do not start or continue them.
    static let capitalisedFunctionWords: Set<String> = [
        "with", "and", "of", "for", "in", "on", "to", "at", "by", "from", "the", "a", "an", "or", "as", "into", "over",
    ]
    /// Words that appear inside title phrases but say nothing about a title on their own.
    /// Words inside title phrases that name a domain, not a role ("Minister of Commerce and Industry").
    static let titleStopWords: Set<String> = [
        "of", "the", "for", "and", "to", "on", "in", "at", "a", "an", "general", "state", "affairs", "foreign", "national",
        "security", "public", "external", "relations", "international", "commerce", "industry", "trade", "finance",
        "defence", "defense", "justice", "health", "education", "agriculture", "energy", "interior", "labour", "labor",
        "home", "economy", "development", "environment", "culture", "information", "planning", "transport", "treasury",
        "government", "cabinet", "parliament", "house", "assembly", "council", "committee", "court",
    ]
    /// Combining forms of nationality adjectives: "Sino-American", "Franco-British".
    static let combiningForms: Set<String> = ["Sino", "Franco", "Anglo", "Indo", "Afro", "Euro", "Russo", "Turco", "Greco", "Austro", "Judeo", "Italo", "Hispano", "Luso", "Nippo", "Pan", "Trans", "Inter"]
    /// Particles that sit inside personal names.
    static let nameParticles: Set<String> = [
        "bin", "ibn", "bint", "al", "el", "van", "von", "der", "den", "de", "da", "dos", "das", "du", "del", "della", "la", "le", "y", "abu", "abd", "ould",
    ]
    /// Prepositions after which a capital city is a place, not its government.
    static let placePrepositions: Set<String> = [
        "in", "at", "to", "from", "near", "into", "outside", "inside", "across", "via", "around", "toward", "towards",
        "through", "visit", "visited", "visiting", "arrived", "reached", "left", "leaving", "hit", "across", "based",
    ]
    /// Verbs of saying and acting that follow a name ("Wang said", "Moscow warned").
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "stated", "noted", "stressed", "wrote", "tweeted", "posted", "asked",
        "insisted", "warned", "declared", "announced", "explained", "remarked", "urged", "called", "argued",
        "met", "meets", "spoke", "speaks", "visited", "visits", "held", "hosted", "received", "welcomed", "signed",
        "agreed", "accused", "claimed", "pledged", "vowed", "thanked", "expressed", "confirmed", "denied", "arrived",
    ]
    /// Titles that stay with a single name: "Queen Elizabeth", "Pope Francis".
    static let royalTitles: Set<String> = ["King", "Queen", "Prince", "Princess", "Pope", "Emperor", "Empress", "Sultan", "Tsar", "Shah"]
    /// Forms of address written as capitals: not organisations.
    static let honorificAcronyms: Set<String> = [
        "HRH", "HM", "HE", "HH", "PM", "MP", "MPs", "CEO", "VIP", "PhD", "MD", "OBE", "MBE", "KBE", "FM", "EAM", "DPM", "CM",
        "MEP", "MEPs", "NSA", "COO", "CFO",
    ]
    /// Honorifics that are part of how a person is named in news copy: "Sheikh Hamad bin Khalid", "Prince Khalid".
    static let namingHonorifics: Set<String> = ["Sheikh", "Sheikha", "Prince", "Princess", "King", "Queen", "Sultan", "Tunku", "Raja", "Ratu"]
    /// Lowercase nouns that, after a capitalised name or adjective, form a named event ("NATO summit").
    static let eventNouns: Set<String> = ["summit", "election", "elections", "forum", "war", "runoff", "games", "olympics", "referendum"]
    /// Lowercase modifiers allowed between a name and an event noun ("presidential election").
    static let eventModifiers: Set<String> = [
        "presidential", "parliamentary", "legislative", "general", "regional", "leader", "leaders", "local",
        "national", "municipal", "midterm", "runoff", "snap", "provincial", "state", "federal", "leaders’", "leaders'",
        "and", "upcoming", "senate", "mayoral", "gubernatorial",
    ]
    /// Words that are capitalised only because of position or style and never start a name on their own.
    static let sentenceWords: Set<String> = [
        "the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "as", "after", "before", "since", "during",
        "while", "when", "where", "if", "but", "and", "or", "so", "yet", "this", "that", "these", "those", "there",
        "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
        "what", "who", "which", "why", "how", "both", "some", "many", "most", "all", "each", "every", "no", "not",
        "also", "still", "yet", "however", "meanwhile", "moreover", "specifically", "separately", "earlier", "later",
        "last", "next", "first", "second", "third", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "like", "unlike", "according", "despite", "although", "though", "because", "until", "amid",
        "among", "about", "over", "under", "between", "into", "through", "without", "within", "against", "toward",
        "photo", "file", "read", "watch", "see", "more", "why", "it’s", "it's", "today",
        "yesterday", "tomorrow", "tonight", "editor", "editor’s", "note", "update", "updates", "breaking", "exclusive",
        "neither", "either", "nor", "such", "other", "another", "several", "few", "any", "only", "even", "just",
        "then", "than", "thus", "therefore", "instead", "indeed", "perhaps", "now", "again", "once", "whether",
        "we’re", "we're", "i’m", "i'm", "don’t", "don't", "can", "could", "should", "would", "will", "may", "might",
        "must", "shall", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had",
        "asked", "speaking", "addressing", "citing", "following", "under", "given", "having", "top", "senior",
        "former", "outgoing", "incoming", "new", "young", "old", "go", "deeper", "by the numbers", "what", "they're",
    ]
    /// Compass and continental words that begin or end place names and adjectives, never personal names.
    static let regionalWords: Set<String> = [
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower",
        "Greater", "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern",
        "Southwestern", "Middle", "Asian", "African", "European", "Arab", "Latin", "Pacific", "Atlantic", "Nordic",
        "Baltic", "Gulf", "Caribbean", "Mediterranean", "Balkan", "Arctic", "Antarctic", "Oceanian", "Eurasian",
    ]
    /// Lowercase bodies a country runs, named after its demonym: "the Turkish presidency".
    static let governmentBodies: Set<String> = ["ministry", "presidency"]
    static let ministryModifiers: Set<String> = [
        "foreign", "defence", "defense", "interior", "finance", "trade", "commerce", "economy", "justice", "health",
        "education", "energy", "agriculture", "culture", "home", "industry", "labour", "labor", "transport",
        "environment", "information", "communications", "security", "public", "national", "federal", "state",
    ]
    /// Nouns after a hyphenated pair of names that make it two parties ("the Modi-Sharif talks").
    static let pairNouns: Set<String> = ["talks", "meeting", "summit", "call", "dialogue", "ties", "relations", "deal", "agreement", "partnership", "conversation", "meet"]
    /// Head words of administrative units, which are places with a government (GPE).
    static let adminHeads: Set<String> = [
        "Oblast", "Province", "Prefecture", "Governorate", "County", "Krai", "Voivodeship", "Canton", "Municipality",
        "Emirate", "Territory", "Raion", "Okrug", "Département", "Departamento", "Borough",
    ]
    /// Lowercase nouns after a name that make it an administrative place ("Hebei province").
    /// Nouns that introduce a media outlet's name: "the Israeli news site Walla", "the daily Haaretz".
    static let mediaNouns: Set<String> = [
        "newspaper", "daily", "weekly", "site", "website", "portal", "broadcaster", "agency", "tabloid", "magazine",
        "outlet", "channel", "network", "radio", "television", "newswire", "paper",
    ]
    /// Broadcasters named by a number: "Channel 12", "Radio 4", "TV 2".
    static let numberedBroadcasters: Set<String> = ["Channel", "Radio", "TV", "Television"]
    static let adminNouns: Set<String> = ["province", "region", "state", "county", "district", "prefecture", "oblast", "governorate", "municipality"]
    static let weekdaysAndMonths: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
        "nov.", "dec.",
    ]
}
