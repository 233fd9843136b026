// `readout actor NAME`: everything the stored articles say about one person or organisation.
import ArgumentParser

struct ActorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Show what the articles say about one actor.",
        usage: """
        readout actor NAME [--related N] [--format FORMAT] [--db FILE]
                      [--in-memory]
        """,
        discussion: """
        Shows one person or organisation: names, roles, country, documents,
        events (with whom, when, where), quotes, and who they appear with.
        Dates are marked as in the timeline: ~ estimated, ⚠ disputed.

        NAME is matched against every name and alias the articles use, ignoring
        case and accents ("sanchez" finds "Sánchez"); a lone surname or part of
        a name works when only one actor fits. When several fit, they are listed
        with their ids: run again with the full name or the id. Names are
        looked up word by word in the fused record `readout ingest` keeps, and
        only the actor's own documents, events and quotes are read; an
        organisation named in many unrelated articles is one actor. --in-memory
        fuses every stored article in memory instead (slow; a check).

        JSON output: one object with the keys id, name, type, other_names,
        roles, country, documents, events, quotes, related. CSV: one row per
        fact (section, item, detail, date, documents).

        Examples:
          readout actor "Pedro Sánchez"
          readout actor sanchez --format md > sanchez.md
          readout actor person:olaf-scholz --format json
          readout actor "United Nations" --related 20
        """)

    @Argument(help: "A name, part of one, or an entity id (person:...).")
    var name: String

    @OptionGroup var output: ListingOptions

    @Option(name: .long, help: "Show at most this many of the actors who appear with this one, closest first.")
    var related: Int = 10

    @OptionGroup var source: FusedSourceOptions

    func validate() throws {
        guard related >= 0 else { throw ValidationError("--related must be 0 or more") }
    }

    func run() async throws {
        try await Diagnostics.run {
            let (corpus, entity) = try output.fusedSource(source).actor(name)
            let profile = ActorProfile(entity, corpus: corpus, relatedLimit: related)
            output.print(profile, report: profile.report, csv: profile.csvTable)
            if profile.related.count < profile.relatedTotal {
                Diagnostics.report("showing the \(profile.related.count) closest of the \(profile.relatedTotal) actors "
                    + "who appear with \(profile.name); use --related N for more")
            }
        }
    }
}
