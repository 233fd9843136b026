// A typed stretch of text naming an entity, before mentions are grouped into entities.
import ReadoutCore

struct Mention: Sendable {
    var tokens: Range<Int>
    var span: TextSpan
    var text: String
    var type: EntityType
    /// Canonical name from the gazetteer ("United States" for "U.S."), when known.
    var canonical: String?
    /// ISO alpha-3 country the named thing belongs to, when known.
    var country: String?
    /// Title or role written with a person's name ("US Secretary of State").
    var role: String?
    /// A capital used for its government ("Beijing says...").
    var isMetonym = false
    /// The mention is only a short form (surname, acronym) to be attached to a fuller name.
    var sentence: Int
    /// Kind from the gazetteer: country, capital, city, international, outlet...
    var kind: String?
    /// Read as a bare personal name but written after "the" ("the Rasheed Bayt said", "at the Kaveri Ghat"):
    /// English puts no article before a person's name, so this is the type the thing has if nothing else in
    /// the article shows a person (a place after "at the", else an organisation).
    var determinedType: EntityType?
}
