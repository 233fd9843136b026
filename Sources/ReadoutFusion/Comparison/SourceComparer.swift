// Compares the outlets of one story.
// In: the story's documents, its fused events, the entity resolution. Out: a SourceComparison —
// an outlets × items matrix (fused events and quotes: who reports what, who leaves it out) and
// the distinctive wording each outlet uses for the same entity (names and aliases nobody else
// uses) or the same event (phrases from its evidence that the other outlets' texts never contain).
import ReadoutCore

struct SourceComparer {
    let resolution: EntityResolution
    let entitiesByID: [String: GlobalEntity]

    func compare(storyID: String, docs: [DocumentView], events: [FusedEvent]) -> SourceComparison {
        var outlets: [String] = []
        for doc in docs where !outlets.contains(doc.outlet) { outlets.append(doc.outlet) }
        var coverage: [CoverageRow] = []
        for event in events.sorted(by: { $0.corroboration != $1.corroboration ? $0.corroboration > $1.corroboration : $0.id < $1.id }) {
            var by: [String: String] = [:]
            for r in event.reports where by[r.outlet] == nil {
                by[r.outlet] = [r.event.status.rawValue, r.event.date ?? "undated"].joined(separator: " ")
            }
            coverage.append(CoverageRow(
                kind: .event, item: event.id, label: ConflictDetector.describe(event), reportedBy: by,
                missingFrom: outlets.filter { by[$0] == nil }))
        }
        coverage += quoteRows(docs, outlets, storyID)
        return SourceComparison(story: storyID, outlets: outlets, coverage: coverage,
                                wording: entityWording(docs, outlets) + eventWording(docs, events, outlets))
    }

    // MARK: Quotes

    private func quoteRows(_ docs: [DocumentView], _ outlets: [String], _ storyID: String) -> [CoverageRow] {
        struct Cluster { var speaker: String; var words: Set<String>; var text: String; var by: [String: String] }
        var clusters: [Cluster] = []
        let collector = EventReportCollector(resolution: resolution)
        for doc in docs {
            for quote in doc.analysis.quotes {
                guard let speakerName = quote.speaker else { continue }
                let speaker = collector.globalID(name: speakerName, localID: quote.speakerEntity, doc: doc.id)
                let words = Set(NameText.words(quote.text))
                guard !words.isEmpty else { continue }
                // The same quotation: same speaker and at least half the words of the shorter one.
                if let i = clusters.firstIndex(where: { c in
                    c.speaker == speaker && Double(c.words.intersection(words).count) >= 0.5 * Double(min(c.words.count, words.count))
                }) {
                    if clusters[i].by[doc.outlet] == nil { clusters[i].by[doc.outlet] = quote.text }
                } else {
                    clusters.append(Cluster(speaker: speaker, words: words, text: quote.text, by: [doc.outlet: quote.text]))
                }
            }
        }
        return clusters.enumerated().map { n, c in
            let who = entitiesByID[c.speaker]?.name ?? c.speaker
            return CoverageRow(kind: .quote, item: "\(storyID)/quote-\(n + 1)", label: "\(who): \"\(c.text)\"",
                               reportedBy: c.by, missingFrom: outlets.filter { c.by[$0] == nil })
        }
    }

    // MARK: Wording

    private func entityWording(_ docs: [DocumentView], _ outlets: [String]) -> [DistinctiveWording] {
        // Global entity → outlet → forms used.
        var forms: [String: [String: [String]]] = [:]
        var order: [String] = []
        for doc in docs {
            for entity in doc.analysis.entities {
                guard let id = resolution.index[doc.id]?[entity.id] else { continue }
                if forms[id] == nil { order.append(id) }
                var byOutlet = forms[id, default: [:]]
                for form in [entity.name] + entity.aliases where !(byOutlet[doc.outlet] ?? []).contains(form) {
                    byOutlet[doc.outlet, default: []].append(form)
                }
                forms[id] = byOutlet
            }
        }
        var out: [DistinctiveWording] = []
        for id in order {
            let byOutlet = forms[id]!
            guard byOutlet.count >= 2 else { continue }
            for outlet in outlets {
                guard let mine = byOutlet[outlet] else { continue }
                let others = Set(byOutlet.filter { $0.key != outlet }.values.flatMap { $0 }.map(NameText.key))
                let distinct = mine.filter { !others.contains(NameText.key($0)) }
                if !distinct.isEmpty {
                    out.append(DistinctiveWording(subject: .entity, item: id, label: entitiesByID[id]?.name ?? id,
                                                  outlet: outlet, terms: distinct))
                }
            }
        }
        return out
    }

    private func eventWording(_ docs: [DocumentView], _ events: [FusedEvent], _ outlets: [String]) -> [DistinctiveWording] {
        let corroborated = events.filter { $0.corroboration >= 2 }
        guard !corroborated.isEmpty else { return [] }
        let finder = DistinctiveTerms()
        // Phrase → outlets whose texts use it, built once per story.
        var users: [String: Set<String>] = [:]
        for doc in docs {
            for gram in finder.ngrams(NameText.words(doc.article.text)) { users[gram, default: []].insert(doc.outlet) }
        }
        var out: [DistinctiveWording] = []
        for event in corroborated {
            let reporting = Set(event.reports.map(\.outlet))
            for outlet in outlets where reporting.contains(outlet) {
                let others = reporting.subtracting([outlet])
                let mine = event.reports.filter { $0.outlet == outlet }
                let anchors = Set(mine.flatMap { $0.event.participants.flatMap(NameText.words) }
                    .filter { !DistinctiveTerms.functionWords.contains($0) })
                let terms = finder.terms(in: mine.map(\.event.evidence), anchors: anchors) { gram in !(users[gram]?.isDisjoint(with: others) ?? true) }
                if !terms.isEmpty {
                    out.append(DistinctiveWording(subject: .event, item: event.id, label: ConflictDetector.describe(event),
                                                  outlet: outlet, terms: terms))
                }
            }
        }
        return out
    }
}
