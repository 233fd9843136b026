// Which written forms count as the same gold entity (score.py's `xal`, `gold_aliases`,
// `forms_of`, `match_name`).
// In: the gold file. Out: for a gold name, the set of normalized forms a prediction may use:
// its name and aliases in this document, plus every form that shares an entity with one of
// those anywhere in the gold (one level, not a closure — as score.py does it).
// `cross_document.entities` then joins each entity's per-document spellings ("Markushyn",
// "Markushin") into one name, together with the forms each spelling already stands for, so
// entity, pair, quote-speaker and cross-document matching all accept either spelling.
import ReadoutCore

struct AliasTable {
    /// Normalized form → every normalized form of every gold entity that has that form.
    let crossForms: [String: Set<String>]

    init(gold: ContractOutput) {
        var forms: [String: Set<String>] = [:]
        for document in gold.documents {
            for entity in document.entities {
                let own = AliasTable.ownForms(entity)
                for form in own { forms[form, default: []].formUnion(own) }
            }
        }
        // In the gold's order, each entry seeing the table as earlier entries left it: the
        // union with what a form already stands for is one level deep, as in score.py.
        for entity in gold.crossDocument.entities {
            var joined = AliasTable.spellings(entity)
            for form in Array(joined) { joined.formUnion(forms[form] ?? []) }
            for form in joined { forms[form, default: []].formUnion(joined) }
        }
        crossForms = forms
    }

    /// A `cross_document.entities` entry's name and its non-empty forms, normalized; a form
    /// that normalizes to nothing ("—") names nothing.
    static func spellings(_ entity: ContractCrossEntity) -> Set<String> {
        var forms = Set([NameNormalizer.normalize(entity.name)]
            + entity.forms.values.filter { !$0.isEmpty }.map(NameNormalizer.normalize))
        forms.remove("")
        return forms
    }

    static func ownForms(_ entity: ContractEntity) -> Set<String> {
        Set([NameNormalizer.normalize(entity.name)] + entity.aliases.map(NameNormalizer.normalize))
    }

    /// The alias map of one gold document; later entities with the same name win, as in a dict.
    func forDocument(_ document: ContractDocument) -> DocumentAliases {
        var map: [String: Set<String>] = [:]
        for entity in document.entities {
            var forms = AliasTable.ownForms(entity)
            for form in Array(forms) { forms.formUnion(crossForms[form] ?? []) }
            map[NameNormalizer.normalize(entity.name)] = forms
        }
        return DocumentAliases(forms: map)
    }

    /// score.py's `xmatch` for cross-document events: the gold-wide forms of a name.
    func crossMatches(predicted: String?, gold: String?) -> Bool {
        let g = NameNormalizer.normalize(gold)
        return (crossForms[g] ?? [g]).contains(NameNormalizer.normalize(predicted))
    }
}

struct DocumentAliases {
    let forms: [String: Set<String>]

    /// score.py's `forms_of`: a name not in the gold stands only for itself.
    func formsOf(_ name: String?) -> Set<String> {
        let n = NameNormalizer.normalize(name)
        return forms[n] ?? [n]
    }

    /// score.py's `match_name`.
    func matches(predicted: String?, gold: String?) -> Bool {
        formsOf(gold).contains(NameNormalizer.normalize(predicted))
    }
}
