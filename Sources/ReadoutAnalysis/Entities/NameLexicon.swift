// Word classes the recogniser needs beyond the knowledge files: the small closed
// sets of English function words that join or surround names in news prose. The words are
// the lists of ReadoutKnowledge's Data/vocabulary/entities.tsv (each named and described
// there, with its source), read once; the Swift names here only give them types.
import ReadoutCore
import ReadoutKnowledge

enum NameLexicon {
    private static let v = Vocabulary.shared

    /// Lowercase words allowed inside a capitalised run ("Council on Foreign Relations",
    /// "Mohammed bin Salman"); a run keeps them only when a head word or gazetteer entry justifies it.
    static let connectors = v.set("name.connector")
    /// Function words that a headline or a work title capitalises ("A Conversation With ..."); mid-sentence they
    /// join or end names, they do not start or continue them.
    static let capitalisedFunctionWords = v.set("name.capitalised-function-word")
    /// Naming cultures that write the family name first ("chinese", "vietnamese", "korean"): the origins the
    /// name lists give.
    static let surnameFirstOrigins = v.set("name.surname-first-origin")
    /// "north", "southwest": directions that place a town relative to another ("south of San Diego").
    static let compassDirections = v.set("place.compass-direction")
    /// Words inside title phrases that name a domain, not a role ("Minister of Commerce and Industry").
    static let titleStopWords = v.set("title.stop-word")
    /// Combining forms of nationality adjectives: "Sino-American", "Franco-British".
    static let combiningForms = v.set("name.combining-form")
    /// Lowercase venue nouns after a name ("the X airport", "the Y estate").
    static let venueNouns = v.set("name.venue-noun")
    /// Words that end a street's name ("... Street", "... Avenue"): a house number before it is part of the address.
    static let streetHeads = v.set("place.street-head")
    /// One meeting of a body ("Session of the Joint Commission"): the body after "of" is the name.
    static let sittingNouns = v.set("name.sitting-noun")
    /// Leading words of named natural events ("Cyclone X", "Hurricane Y").
    static let namedEventLeaders = v.set("name.event-leader")
    /// Post-nominal letters after a name ("X MP", "Y QC"): a distinction, not part of the name.
    static let postNominals = v.set("name.post-nominal")
    /// Particles that sit inside personal names.
    static let nameParticles = v.set("name.particle")
    /// The Arabic article joined to a name by a hyphen: "al-Masri", "el-Sisi".
    static let arabicArticles = v.set("name.arabic-article")
    /// Words after which a capital city is a place, not its government.
    static let placePrepositions = v.set("capital.place-cue")
    /// "depart", "left": verbs of setting off, after which "for <capital>" is the destination.
    static let departureVerbs = v.set("capital.departure-verb")
    /// Verbs of saying and acting that follow a name ("Wang said", "Moscow warned").
    static let speechVerbs = v.set("name.verb-after-name")
    /// Words before a lone known surname that make it a person ("said Lopes", "with Lopes").
    static let surnameContext: [String] = v.entries("name.context-before-surname")
    /// Titles that stay with a single name: "Queen Elizabeth", "Pope Francis".
    static let royalTitles = v.set("title.royal")
    /// Forms of address written as capitals: not organisations.
    static let honorificAcronyms = v.set("title.honorific-acronym")
    /// Honorifics that are part of how a person is named in news copy: "Sheikh Hamad bin Khalid", "Prince Khalid".
    static let namingHonorifics = v.set("title.naming-honorific")
    /// Words before a naming honorific that make it a title ("Crown Prince").
    static let namingHonorificQualifiers: [String] = v.entries("title.naming-honorific-qualifier")
    /// Prepositions that join a title or body to its portfolio ("Minister of Foreign Affairs").
    static let titleOfPrepositions: [String] = v.entries("title.portfolio-preposition")
    /// Lowercase nouns that, after a capitalised name or adjective, form a named event ("NATO summit").
    static let eventNouns = v.set("name.event-noun")
    /// Lowercase modifiers allowed between a name and an event noun ("presidential election").
    static let eventModifiers = v.set("name.event-modifier")
    /// Words that are capitalised only because of position or style and never start a name on their own.
    static let sentenceWords = v.set("name.sentence-word")
    /// Compass and continental words that begin or end place names and adjectives, never personal names.
    static let regionalWords = v.set("name.regional-word")
    /// Lowercase bodies a country runs, named after its demonym: "the Turkish presidency".
    static let governmentBodies: [String] = v.entries("government.body-noun")
    static let ministryModifiers = v.set("government.ministry-modifier")
    static let executiveOffices = v.phrases("government.executive-office")
    /// Nouns after a hyphenated pair of names that make it two parties ("the Modi-Sharif talks").
    static let pairNouns = v.set("name.pair-noun")
    /// Head words of administrative units, which are places with a government (GPE).
    static let adminHeads = v.set("place.admin-head")
    static let ordinalSuffixes = v.set("time.ordinal-suffix")
    /// Nouns that introduce a media outlet's name: "the Israeli news site Walla", "the daily Haaretz".
    static let mediaNouns = v.set("outlet.media-noun")
    /// Broadcasters named by a number: "Channel 12", "Radio 4", "TV 2".
    static let numberedBroadcasters: [String] = v.entries("outlet.numbered-broadcaster")
    /// Lowercase nouns after a name that make it an administrative place ("Hebei province").
    static let adminNouns = v.set("place.admin-noun")
    /// Words before an ambiguous single-word name that say a place follows ("in Medina", "to Reading").
    static let placeWordsBefore = v.set("place.ambiguous-name-cue")
    /// Words before an unlisted single word that make it a town ("in Kelvadora", "near Ashby").
    static let townCues = v.set("place.unlisted-town-cue")
    /// Social platforms named by one letter ("X"), and the words that show the platform is meant ("on X", "X post").
    static let letterPlatforms = v.set("platform.letter-name")
    static let platformCueBefore = v.set("platform.cue-before")
    static let platformCueAfter = v.set("platform.cue-after")
    /// Endings of English adjectives of peoples, languages and periods ("Arabic", "Victorian", "Congolese").
    static let adjectiveEndings = v.entries("name.adjective-ending")
    /// Nouns that, before "of", make an ambiguous known name a place ("the city of Medina").
    static let placeNounsBeforeOf = v.set("place.noun-before-of")
    /// Nouns that, before "of", make an unknown capitalised name a place ("the town of Reading").
    static let settlementNouns = v.set("place.settlement-noun")
    /// Weekday and month names and the month abbreviations with their full stop ("jan."), from the
    /// time.* lists: a capitalised one is a date, not a name.
    static let weekdaysAndMonths = WordSet(Array(v.map("time.weekday").keys) + Array(v.map("time.month").keys))
    /// "Aug", "Sept": month abbreviations, dates only with a day after them ("Aug 8").
    static let monthAbbreviations = WordSet(v.map("time.month-abbreviation").keys)
        .union(v.map("time.month-abbreviation").keys.map { $0 + "." })
}
