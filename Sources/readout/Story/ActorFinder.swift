// Finds the global entity a user means by a name typed on the command line.
// In: a name ("sanchez", "Jon Smith", "person:jonathan-smith") and the fused entities.
// Out: one entity, several candidates (the name is ambiguous), or none. Matching ignores case
// and diacritics and tries, in order: the entity id, the full name, any other name or alias,
// then names containing every word typed; the first step with any match decides.
import Foundation
import ReadoutFusion

struct ActorFinder {
    enum Match {
        case one(GlobalEntity)
        case ambiguous([GlobalEntity])
        case none
    }

    let entities: [GlobalEntity]

    func find(_ query: String) -> Match {
        let wanted = Self.words(query)
        guard !wanted.isEmpty else { return .none }
        let key = wanted.joined(separator: " ")
        let steps: [(GlobalEntity) -> Bool] = [
            { $0.id == query },
            { Self.key($0.name) == key },
            { $0.names.contains { Self.key($0) == key } },
            { e in e.names.contains { Set(Self.words($0)).isSuperset(of: wanted) } },
        ]
        for step in steps {
            let found = entities.filter(step)
            if found.count == 1 { return .one(found[0]) }
            // Most documents first: the likelier meaning leads the list of candidates.
            if found.count > 1 {
                return .ambiguous(found.sorted { $0.documents.count != $1.documents.count ? $0.documents.count > $1.documents.count : $0.id < $1.id })
            }
        }
        return .none
    }

    /// The one entity, or a one-line failure: nothing matches, or the candidates to choose from.
    func require(_ query: String) throws -> GlobalEntity {
        switch find(query) {
        case .one(let entity): return entity
        case .none: throw CommandFailure("no actor matches \"\(query)\"; try part of the name, or `readout search \(query)`")
        case .ambiguous(let candidates):
            let shown = candidates.prefix(8).map { e in "\(e.name) (\(e.id), \(e.documents.count) doc\(e.documents.count == 1 ? "" : "s"))" }
            let more = candidates.count > 8 ? " and \(candidates.count - 8) more" : ""
            throw CommandFailure("\"\(query)\" matches \(candidates.count) actors: \(shown.joined(separator: "; "))\(more); give the full name or the id")
        }
    }

    /// Lowercase words without diacritics, as names are indexed in the store.
    static func words(_ text: String) -> [String] { FusionLinks.searchWords(text) }

    static func key(_ text: String) -> String { words(text).joined(separator: " ") }
}
