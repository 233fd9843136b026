// One entity from its rows in several neighbourhoods of the fused record. Organisations and places
// are not link keys, so "the United Nations" is fused once per neighbourhood that names it, each
// time under the same id; fusing every article at once makes it one entity, and so does this.
// In: global entities (rows with one id are merged) and each document's store id. Out: one
// entity per id, in first-seen order: documents in storage order (a neighbourhood lists them in
// its own order, fusing everything at once in storage order), names and roles each once, the
// country most of its documents give.
import ReadoutFusion

enum EntityMerge {
    static func merged(_ entities: [GlobalEntity], order: [String: Int64]) -> [GlobalEntity] {
        var merged: [GlobalEntity] = []
        var position: [String: Int] = [:]
        var countries: [String: [String: Int]] = [:]
        for entity in entities {
            if let country = entity.country { countries[entity.id, default: [:]][country, default: 0] += entity.documents.count }
            guard let i = position[entity.id] else {
                position[entity.id] = merged.count
                var entity = entity
                entity.documents.sort { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
                merged.append(entity)
                continue
            }
            var into = merged[i]
            for name in entity.names where name != into.name && !into.aliases.contains(name) { into.aliases.append(name) }
            for role in entity.roles where !into.roles.contains(role) { into.roles.append(role) }
            for doc in entity.documents where !into.documents.contains(doc) { into.documents.append(doc) }
            into.forms.merge(entity.forms) { a, _ in a }
            into.documents.sort { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
            into.country = countries[entity.id]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            merged[i] = into
        }
        return merged
    }
}
