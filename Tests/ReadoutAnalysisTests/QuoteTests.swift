// QuoteExtractor: quotation marks, scare quotes and speaker attribution. Each text is a few
// sentences written for the test in a different outlet's style; entities are built by hand
// with mention spans found by searching the test string, as the entity recogniser would give.
import Testing
import ReadoutCore
import ReadoutAnalysis

/// A test article: text plus hand-made entities.
private struct Story {
    let text: String
    var entities: [Entity] = []

    init(_ text: String) { self.text = text }

    /// Adds an entity whose mentions are every occurrence of its name and `forms`.
    func with(_ name: String, _ type: EntityType = .person, forms: [String] = [], roles: [String] = []) -> Story {
        var copy = self
        var mentions: [TextSpan] = []
        for form in [name] + forms {
            for span in spans(of: form, in: text) where !mentions.contains(where: { $0.overlaps(span) }) {
                mentions.append(span)
            }
        }
        copy.entities.append(Entity(id: "E\(entities.count + 1)", name: name, type: type, roles: roles, mentions: mentions))
        return copy
    }

    func quotes(sentences: [Sentence] = [], includeUnattributed: Bool = false) -> [Quote] {
        QuoteExtractor(includeUnattributed: includeUnattributed).extract(in: text, sentences: sentences, entities: entities)
    }

    /// (speaker, text) pairs.
    var said: [[String]] { quotes().map { [$0.speaker ?? "-", $0.text] } }
}

/// Every occurrence of `form` as a whole word, in Unicode-scalar offsets.
private func spans(of form: String, in text: String) -> [TextSpan] {
    let s = Array(text.unicodeScalars)
    let f = Array(form.unicodeScalars)
    var result: [TextSpan] = []
    var i = 0
    while i + f.count <= s.count {
        if Array(s[i..<(i + f.count)]) == f,
           i == 0 || !s[i - 1].properties.isAlphabetic,
           i + f.count == s.count || !s[i + f.count].properties.isAlphabetic {
            result.append(TextSpan(i, i + f.count))
            i += f.count
        } else {
            i += 1
        }
    }
    return result
}

// MARK: Attribution patterns

@Test func wireStyleSpeakerAfterTheQuote() {
    let story = Story("“We have agreed on a first package of measures,” Kenyan Foreign Minister Musalia Mudavadi told reporters in Nairobi.")
        .with("Musalia Mudavadi")
    #expect(story.said == [["Musalia Mudavadi", "We have agreed on a first package of measures"]])
    let q = story.quotes()[0]
    #expect(q.speakerEntity == "E1")
    let scalars = Array(story.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[q.span.start..<q.span.end])) == q.text)
}

@Test func invertedSaidWithAnAppositive() {
    let story = Story("\"The talks were frank and useful,\" said Ana Lima, a spokeswoman for the Brazilian foreign ministry.")
        .with("Ana Lima")
    #expect(story.said == [["Ana Lima", "The talks were frank and useful"]])
}

@Test func invertedSaidWithTheNameInAnAppositive() {
    let story = Story("‘We will not be lectured on democracy,’ said the Indian minister, Subrahmanyam Jaishankar.")
        .with("Subrahmanyam Jaishankar")
    #expect(story.said == [["Subrahmanyam Jaishankar", "We will not be lectured on democracy"]])
}

@Test func speakerBeforeTheQuoteWithColonOrThat() {
    let colon = Story("Prime Minister Mark Carney said: \"Canada will not back down on steel tariffs.\"").with("Mark Carney")
    #expect(colon.said == [["Mark Carney", "Canada will not back down on steel tariffs."]])
    let that = Story("Ms Ardern said that \"New Zealand stands ready to help our Pacific neighbours.\"")
        .with("Jacinda Ardern", forms: ["Ardern"])
    #expect(that.said == [["Jacinda Ardern", "New Zealand stands ready to help our Pacific neighbours."]])
    let told = Story("Nigeria’s foreign minister Yusuf Tuggar told journalists \"the envoys will be recalled immediately\" after the vote.")
        .with("Yusuf Tuggar").with("Nigeria", .gpe)
    #expect(told.said == [["Yusuf Tuggar", "the envoys will be recalled immediately"]])
}

@Test func quoteInsideAClauseAfterTheSubjectAndVerb() {
    let story = Story("Chinese foreign ministry spokeswoman Hua Chunying said the United States “must stop interfering in our internal affairs”.")
        .with("Hua Chunying").with("United States", .gpe)
    #expect(story.said == [["Hua Chunying", "must stop interfering in our internal affairs"]])
}

@Test func accordingToAMediumOrOrganisation() {
    let gulf = Story("The two sides discussed \"regional security and new trade corridors\", according to the official news agency WAM.")
        .with("WAM", .org)
    #expect(gulf.said == [["WAM", "regional security and new trade corridors"]])
    let unnamed = Story("Li on Monday “set out China’s position on maritime disputes” at the meeting, according to a Chinese readout.")
        .with("Li Qiang", forms: ["Li"])
    #expect(unnamed.said == [["Chinese readout", "set out China’s position on maritime disputes"]])
}

@Test func quotedAsSayingNamesTheQuotedPerson() {
    let story = Story("Xinhua quoted Foreign Minister Wang Yi as saying that “dialogue is the only way forward for both sides”.")
        .with("Xinhua", .org).with("Wang Yi")
    #expect(story.said == [["Wang Yi", "dialogue is the only way forward for both sides"]])
}

@Test func describedAsAndPledgedToTake() {
    let described = Story("Mr Modi described the talks as \"productive and forward-looking\".").with("Narendra Modi", forms: ["Modi"])
    #expect(described.said == [["Narendra Modi", "productive and forward-looking"]])
    let pledged = Story("On Friday, Nigeria’s defence ministry pledged to take “all necessary steps” against the insurgents.")
        .with("Nigeria", .gpe)
    #expect(pledged.said == [["Nigeria’s defence ministry", "all necessary steps"]])
}

@Test func tweetedWroteAndAddedWithAParticiple() {
    let tweet = Story("\"Productive talks with my friend President Tinubu on trade and energy,\" Modi tweeted.")
        .with("Narendra Modi", forms: ["Modi"]).with("Bola Tinubu", forms: ["Tinubu"])
    #expect(tweet.said == [["Narendra Modi", "Productive talks with my friend President Tinubu on trade and energy"]])
    let adding = Story("Ruto spoke on state radio, adding that the deal “has a special place in our foreign policy”.")
        .with("William Ruto", forms: ["Ruto"])
    #expect(adding.said == [["William Ruto", "has a special place in our foreign policy"]])
}

@Test func pronounsFollowTheLastPersonSpeaking() {
    let story = Story("""
        Ramaphosa arrived in Luanda on Sunday for talks with Angola’s president.

        “The region needs calm and patience from every party to this conflict,” he said.

        He added that the two countries “will work together on the corridor”.
        """)
        .with("Cyril Ramaphosa", forms: ["Ramaphosa"])
    #expect(story.said == [
        ["Cyril Ramaphosa", "The region needs calm and patience from every party to this conflict"],
        ["Cyril Ramaphosa", "will work together on the corridor"],
    ])
}

@Test func pronounSkipsPeopleNamedAsObjects() {
    let story = Story("Mr Albanese will also meet President Joko Widodo in Bogor. “It is a friendship that runs deep and wide,” he said.")
        .with("Anthony Albanese", forms: ["Albanese"]).with("Joko Widodo")
    #expect(story.said == [["Anthony Albanese", "It is a friendship that runs deep and wide"]])
}

@Test func aTitleNamesThePersonWhoHoldsIt() {
    let story = Story("The Prime Minister met Widodo in Jakarta. “Our ties go beyond symbolism,” the prime minister said.")
        .with("Anthony Albanese", roles: ["Australian Prime Minister"]).with("Joko Widodo", forms: ["Widodo"], roles: ["President"])
    #expect(story.said == [["Anthony Albanese", "Our ties go beyond symbolism"]])
}

@Test func unnamedOfficialsKeepTheirDescription() {
    let story = Story("""
        A senior European Union official told reporters the bloc would act “quickly and decisively” if needed.

        “We are ready to move this week if the talks fail,” said the EU official.
        """)
        .with("European Union", .org, forms: ["EU"])
    #expect(story.said == [
        ["senior European Union official", "quickly and decisively"],
        ["senior European Union official", "We are ready to move this week if the talks fail"],
    ])
}

@Test func theStatementSpeaksForItsIssuer() {
    let office = Story("""
        The emir's office said in a statement on Monday that the two leaders discussed the crisis.

        "Both sides stressed the need for an immediate ceasefire and the return of all hostages," the statement said.
        """)
    #expect(office.said == [["emir's office", "Both sides stressed the need for an immediate ceasefire and the return of all hostages"]])
    let release = Story("""
        Earlier, the Kremlin released a statement on the call.

        “The presidents discussed the grain corridor and prisoner exchanges in detail,” the statement said.
        """)
        .with("Kremlin", .org)
    #expect(release.said == [["Kremlin", "The presidents discussed the grain corridor and prisoner exchanges in detail"]])
}

@Test func hisOfficeUsesTheTitle() {
    let story = Story("Emir Tamim bin Hamad and the envoy discussed \"the latest steps toward a durable truce in the region\", his office said.")
        .with("Tamim bin Hamad", roles: ["Emir"])
    #expect(story.said == [["Emir's office", "the latest steps toward a durable truce in the region"]])
}

// MARK: Quote marks

@Test func apostrophesAreNotQuoteMarks() {
    let story = Story("China’s envoy didn’t attend the ’90s-style gala, the leaders’ statement was brief and Xi’s aide left.")
        .with("Xi Jinping", forms: ["Xi"])
    #expect(story.quotes(includeUnattributed: true).isEmpty)
}

@Test func scareQuotesNamesAndSingleWordsAreSkipped() {
    let story = Story("Officials attended the \"Track 2 Dialogue\" and a 'Red Miners' match; Mr Lee called it \"reciprocity\" and \"The Future of Asia\" was screened.")
        .with("Lee Jae-myung", forms: ["Lee"])
    #expect(story.quotes(includeUnattributed: true).isEmpty)
}

@Test func shortPhrasesNeedASpeaker() {
    let unattributed = Story("The so-called \"peace dividend\" was discussed at length.")
    #expect(unattributed.quotes(includeUnattributed: true).isEmpty)
    let attributed = Story("Truss said she did not know whether the French president was “friend or foe”.").with("Liz Truss", forms: ["Truss"])
    #expect(attributed.said == [["Liz Truss", "friend or foe"]])
}

@Test func misTypedClosingMarkStillCloses() {
    let story = Story("""
        "It was a deserved win from the first whistle to the last," said coach Owen Coyle.

        "We played well and we will keep moving forward from here, “he added.
        """)
        .with("Owen Coyle")
    #expect(story.said == [
        ["Owen Coyle", "It was a deserved win from the first whistle to the last"],
        ["Owen Coyle", "We played well and we will keep moving forward from here"],
    ])
}

@Test func quoteLeftOpenRunsToTheParagraphEnd() {
    let story = Story("""
        Foreign minister Naledi Pandor said, “Today is a sad day for the continent.”

        She added that Pretoria will work with partners to “impose real costs on the coup leaders

        The African Union meets next week.
        """)
        .with("Naledi Pandor")
    #expect(story.said == [
        ["Naledi Pandor", "Today is a sad day for the continent."],
        ["Naledi Pandor", "impose real costs on the coup leaders"],
    ])
}

@Test func multiParagraphQuotesShareOneSpeaker() {
    let story = Story("""
        “Our partnership has grown in trade, in energy and in education over the past decade.

        “We now want to take it into security and the digital economy,” Prime Minister Sheikh Hasina said.
        """)
        .with("Sheikh Hasina")
    #expect(story.said == [
        ["Sheikh Hasina", "Our partnership has grown in trade, in energy and in education over the past decade."],
        ["Sheikh Hasina", "We now want to take it into security and the digital economy"],
    ])
}

@Test func britishSingleQuotesOverParagraphs() {
    let story = Story("""
        ‘The minister also received the ambassador of Ghana in audience today.

        ‘The meeting reviewed trade and the security of the Gulf of Guinea,’ the Ministry of Foreign Affairs said.
        """)
        .with("Ministry of Foreign Affairs", .org)
    #expect(story.said.map { $0[0] } == ["Ministry of Foreign Affairs", "Ministry of Foreign Affairs"])
}

@Test func guillemetsAndLowOpeners() {
    let story = Story("Lavrov said «the West has chosen confrontation over dialogue» and Scholz replied „we remain open to talks with everyone“.")
        .with("Sergei Lavrov", forms: ["Lavrov"]).with("Olaf Scholz", forms: ["Scholz"])
    #expect(story.said == [
        ["Sergei Lavrov", "the West has chosen confrontation over dialogue"],
        ["Olaf Scholz", "we remain open to talks with everyone"],
    ])
}

@Test func loneQuoteTakesThePreviousSpeaker() {
    let story = Story("""
        “This is a strong deal for our shareholders,” chief executive Maria Souza said.

        “I have mixed feelings, but the board was unanimous in backing the offer.”
        """)
        .with("Maria Souza")
    #expect(story.said.map { $0[0] } == ["Maria Souza", "Maria Souza"])
}

@Test func secondQuoteInASentenceSharesTheSpeaker() {
    let story = Story("Sisi said both nations should “deepen investment in the canal zone” and aim for “stability, prosperity and openness”.")
        .with("Abdel Fattah el-Sisi", forms: ["Sisi"])
    #expect(story.said.map { $0[0] } == ["Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi"])
}

@Test func sameQuoteTwiceIsReportedOnce() {
    let story = Story("""
        Shell bid welcomed with ‘mixed emotions’ by BG chief

        BG chief executive Helge Lund welcomed with “mixed emotions” the takeover bid on Tuesday.
        """)
        .with("Helge Lund")
    #expect(story.said == [["Helge Lund", "mixed emotions"]])
}

@Test func givenSentencesAreUsed() {
    let text = "Talks ended late. “We made progress on the border question,” Jaishankar said. Officials left."
    func sentence(_ part: String) -> Sentence {
        let span = spans(of: part, in: text)[0]
        return Sentence(span: span, block: .paragraph)
    }
    let sentences = ["Talks ended late.", "“We made progress on the border question,” Jaishankar said.", "Officials left."].map(sentence)
    let story = Story(text).with("Subrahmanyam Jaishankar", forms: ["Jaishankar"])
    #expect(story.quotes(sentences: sentences).map(\.speaker) == ["Subrahmanyam Jaishankar"])
}

@Test func unattributedQuotesAreDroppedUnlessAsked() {
    let story = Story("The banner read \"no peace without justice for the victims of the war\" in three languages.")
    #expect(story.quotes().isEmpty)
    #expect(story.quotes(includeUnattributed: true).map(\.text) == ["no peace without justice for the victims of the war"])
}
