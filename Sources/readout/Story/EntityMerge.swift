// One entity from its rows in several neighbourhoods of the fused record. Organisations and places
// are not link keys, so "the United Nations" is fused once per neighbourhood that names it, each
// time under the same id; fusing every article at once makes it one entity, and so does this.
// In: global entities (rows with one id are merged) and each document's store id. Out: one
// entity per id, in first-seen order: documents in storage order (a neighbourhood lists them in
// its own order, fusing everything at once in storage order), names and roles each once, the
// country most of its documents give.
// What is already merged is looked up in sets and the documents are sorted once at the end: an
// actor's header merges up to a hundred rows of thousands of documents between them, which list
// searches and a sort after every row made 25 ms of `actor` for the largest.
import ReadoutFusion

enum EntityMerge {
    /// One id's rows as merged so far, with what it holds as sets.
    private struct Merging {
        var entity: GlobalEntity
        var names: Set<String>
        var roles: Set<String>
        var documents: Set<String>
        /// Documents per country its rows give, and how many rows there were.
        var countries: [String: Int] = [:]
        var rows = 0

        init(_ entity: GlobalEntity) {
            self.entity = entity
            names = Set(entity.aliases)
            roles = Set(entity.roles)
            documents = Set(entity.documents)
        }

        mutating func add(_ other: GlobalEntity) {
            for name in other.names where name != entity.name && names.insert(name).inserted { entity.aliases.append(name) }
            for role in other.roles where roles.insert(role).inserted { entity.roles.append(role) }
            for doc in other.documents where documents.insert(doc).inserted { entity.documents.append(doc) }
            entity.forms.merge(other.forms) { a, _ in a }
        }
    }

    static func merged(_ entities: [GlobalEntity], order: [String: Int64]) -> [GlobalEntity] {
        var merging: [Merging] = []
        var position: [String: Int] = [:]
        for entity in entities {
            let i = position[entity.id] ?? {
                position[entity.id] = merging.count
                merging.append(Merging(entity))
                return merging.count - 1
            }()
            if merging[i].rows > 0 { merging[i].add(entity) }
            merging[i].rows += 1
            if let country = entity.country { merging[i].countries[country, default: 0] += entity.documents.count }
        }
        return merging.map { item in
            var entity = item.entity
            entity.documents.sort { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }
            // One row keeps its own country; several, the one most of their documents give.
            if item.rows > 1 { entity.country = item.countries.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }
            return entity
        }
    }
}
