// Turns each document's events into report inputs with global participant ids.
// In: documents and the entity resolution. Out: ReportInput per event. A participant the
// document names but does not list as an entity is looked up by its folded name across all
// documents; failing that it keeps a document-independent id made from that name.
import ReadoutCore

struct EventReportCollector {
    let resolution: EntityResolution

    func collect(_ docs: [DocumentView]) -> [ReportInput] {
        var out: [ReportInput] = []
        for doc in docs {
            // A negated or supposed event is not a report that something happened or will.
            for event in doc.analysis.events where event.status.isAsserted {
                var ids: [String] = []
                for (i, name) in event.participants.enumerated() {
                    let local = i < event.participantEntities.count ? event.participantEntities[i] : nil
                    let id = globalID(name: name, localID: local, doc: doc.id)
                    if !ids.contains(id) { ids.append(id) }
                }
                out.append(ReportInput(doc: doc, event: event, participantIDs: ids, date: CalendarPeriod(iso: event.date)))
            }
        }
        return out
    }

    func globalID(name: String, localID: String?, doc: String) -> String {
        let index = resolution.index[doc] ?? [:]
        if let localID, let id = index[localID] { return id }
        if let id = index[name] { return id }
        let key = NameText.key(name)
        if let id = resolution.keyIndex[doc]?[key] { return id }
        if let id = resolution.byKey[key] { return id }
        return "name:" + Slug.make([name])
    }
}
