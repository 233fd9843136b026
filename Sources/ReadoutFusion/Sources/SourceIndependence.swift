// How many independent sources stand behind a set of reports — what corroboration counts.
// An article that names no outlet is unknown: it is shown as such and never counts as a source
// of its own (thirty unattributed copies are not thirty outlets). Articles whose body texts are
// the same word for word are one text reprinted, by one outlet or several: they count once.
// In: the documents. Out: reprint groups, and the number of independent sources behind any
// subset of documents.
import ReadoutCore

struct SourceIndependence {
    /// Document index → its reprint group (the lowest index of the documents sharing its text),
    /// for documents whose text another document repeats.
    let reprintGroup: [Int: Int]

    init(_ docs: [DocumentView]) {
        var firstWithText: [String: Int] = [:]
        var groups: [Int: Int] = [:]
        for doc in docs {
            guard !doc.bodyKey.isEmpty else { continue }
            if let first = firstWithText[doc.bodyKey] {
                groups[first] = first
                groups[doc.index] = first
            } else {
                firstWithText[doc.bodyKey] = doc.index
            }
        }
        reprintGroup = groups
    }

    /// Document ids of each text carried by two or more documents, in input order.
    func reprints(_ docs: [DocumentView]) -> [[String]] {
        var byGroup: [Int: [String]] = [:]
        for doc in docs { if let group = reprintGroup[doc.index] { byGroup[group, default: []].append(doc.id) } }
        return byGroup.keys.sorted().map { byGroup[$0]! }
    }

    /// Independent sources among these documents: documents of one named outlet are one source, a
    /// reprinted text is one source whoever carries it, and a group with no named outlet is none.
    func count(_ docs: [DocumentView]) -> Int {
        var sets = DisjointSets(count: docs.count)
        var byOutlet: [String: Int] = [:]
        var byText: [Int: Int] = [:]
        for (i, doc) in docs.enumerated() {
            if doc.outletKnown {
                if let j = byOutlet[doc.outletKey] { sets.union(i, j) } else { byOutlet[doc.outletKey] = i }
            }
            if let group = reprintGroup[doc.index] {
                if let j = byText[group] { sets.union(i, j) } else { byText[group] = i }
            }
        }
        var named = Set<Int>()
        for (i, doc) in docs.enumerated() where doc.outletKnown { named.insert(sets.root(i)) }
        return named.count
    }
}
