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
    let story = Story("‘We will not be lectured on democracy,’ said the Singaporean minister, Vivian Balakrishnan.")
        .with("Vivian Balakrishnan")
    #expect(story.said == [["Vivian Balakrishnan", "We will not be lectured on democracy"]])
}

@Test func aNameInAnAppositiveAfterADescriptionSpeaks() {
    // "X's spokesperson, NAME, said": the named person, not the description (the owner's name is no speaker).
    let story = Story("“We will see what happens next,” the minister's spokesperson, Kari Lund, said on Friday. “The door remains open to everyone,” Tove Berg's deputy, Ola Strand, told reporters.")
        .with("Kari Lund").with("Tove Berg").with("Ola Strand")
    #expect(story.said == [["Kari Lund", "We will see what happens next"], ["Ola Strand", "The door remains open to everyone"]])
}

@Test func aNameInAnAppositiveBeforeTheVerbSpeaks() {
    // The same apposition before the verb, the quote after it.
    let story = Story("Norway's fisheries minister, Kari Lund, said on Monday that the quota was “not up for talks”. A spokesperson for the European Commission, Ola Strand, said the bloc was “watching closely”.")
        .with("Kari Lund").with("Ola Strand")
    #expect(story.said == [["Kari Lund", "not up for talks"], ["Ola Strand", "watching closely"]])
}

@Test func aShortSentenceAColonIntroducesIsSpeech() {
    // Three capitalised-looking words would pass for a label mid-sentence; after "wrote:" and closed by a stop they are words.
    let story = Story("In a post on X, Weber wrote: \"Europe stands united.\"").with("Weber")
    #expect(story.said == [["Weber", "Europe stands united."]])
    // The same three words as a name mid-sentence stay a label.
    #expect(Story("The group calls itself \"Europe Stands United\" and meets monthly, Weber said.").with("Weber").said.isEmpty)
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
    let unnamed = Story("Anwar on Monday “set out Malaysia’s position on fishing rights” at the meeting, according to a Thai readout.")
        .with("Anwar Ibrahim", forms: ["Anwar"])
    #expect(unnamed.said == [["Thai readout", "set out Malaysia’s position on fishing rights"]])
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
    let adding = Story("Hichilema spoke on state radio, adding that the deal “has a special place in our foreign policy”.")
        .with("Hakainde Hichilema", forms: ["Hichilema"])
    #expect(adding.said == [["Hakainde Hichilema", "has a special place in our foreign policy"]])
}

@Test func pronounsFollowTheLastPersonSpeaking() {
    let story = Story("""
        Tshisekedi arrived in Kigali on Sunday for talks with Rwanda’s president.

        “The region needs calm and patience from every party to this conflict,” he said.

        He added that the two countries “will work together on the corridor”.
        """)
        .with("Felix Tshisekedi", forms: ["Tshisekedi"])
    #expect(story.said == [
        ["Felix Tshisekedi", "The region needs calm and patience from every party to this conflict"],
        ["Felix Tshisekedi", "will work together on the corridor"],
    ])
}

@Test func pronounSkipsPeopleNamedAsObjects() {
    let story = Story("Mr Luxon will also meet President Prabowo Subianto in Bogor. “It is a partnership with long roots,” he said.")
        .with("Christopher Luxon", forms: ["Luxon"]).with("Prabowo Subianto")
    #expect(story.said == [["Christopher Luxon", "It is a partnership with long roots"]])
}

@Test func aTitleNamesThePersonWhoHoldsIt() {
    let story = Story("The Prime Minister met Lula in Brasilia. “Our ties go well beyond trade,” the prime minister said.")
        .with("Christopher Luxon", roles: ["New Zealand Prime Minister"]).with("Luiz Inácio Lula da Silva", forms: ["Lula"], roles: ["President"])
    #expect(story.said == [["Christopher Luxon", "Our ties go well beyond trade"]])
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

@Test func aDescriptionNamingAnotherCountryIsAnotherSpeaker() {
    // "the Togolese foreign minister" after "the Ghanaian minister": another person, not the earlier description.
    let story = Story("""
        “Borders mean nothing to them,” the Ghanaian minister told reporters.

        “We must act together,” the Togolese foreign minister said.

        “We are ready,” the minister added.
        """)
    #expect(story.said == [
        ["Ghanaian minister", "Borders mean nothing to them"],
        ["Togolese foreign minister", "We must act together"],
        ["Togolese foreign minister", "We are ready"],
    ])
}

@Test func theStatementSpeaksForItsIssuer() {
    let office = Story("""
        The president's office said in a statement on Monday that the two leaders discussed the flooding.

        "Both sides stressed the need for swift relief and the rebuilding of roads and bridges," the statement said.
        """)
    #expect(office.said == [["president's office", "Both sides stressed the need for swift relief and the rebuilding of roads and bridges"]])
    let release = Story("""
        Earlier, the Presidential Communications Office released a statement on the call.

        “The presidents discussed fisheries and port investment in detail,” the statement said.
        """)
        .with("Presidential Communications Office", .org)
    #expect(release.said == [["Presidential Communications Office", "The presidents discussed fisheries and port investment in detail"]])
}

@Test func hisOfficeUsesTheTitle() {
    let story = Story("King Abdullah II and the envoy discussed \"the next steps toward reopening the border crossings\", his office said.")
        .with("Abdullah II", roles: ["King"])
    #expect(story.said == [["King's office", "the next steps toward reopening the border crossings"]])
}

// MARK: Quote marks

@Test func apostrophesAreNotQuoteMarks() {
    let story = Story("China’s envoy didn’t attend the ’90s-style gala, the leaders’ statement was brief and Xi’s aide left.")
        .with("Xi Jinping", forms: ["Xi"])
    #expect(story.quotes(includeUnattributed: true).isEmpty)
}

@Test func scareQuotesNamesAndSingleWordsAreSkipped() {
    let story = Story("Officials attended the \"Gulf Futures Forum\" and a 'Blue Sharks' match; Mr Lee called it \"sovereignty\" and \"The Road to Lagos\" was screened.")
        .with("Lee Jae-myung", forms: ["Lee"])
    #expect(story.quotes(includeUnattributed: true).isEmpty)
}

@Test func shortPhrasesNeedASpeaker() {
    let unattributed = Story("The so-called \"peace dividend\" was discussed at length.")
    #expect(unattributed.quotes(includeUnattributed: true).isEmpty)
    let attributed = Story("Petro said he could not tell whether the new government was “partner or rival”.").with("Gustavo Petro", forms: ["Petro"])
    #expect(attributed.said == [["Gustavo Petro", "partner or rival"]])
}

@Test func misTypedClosingMarkStillCloses() {
    let story = Story("""
        "It was a hard-earned point away from home," said coach Kofi Mensah.

        "The players gave everything and we go again on Saturday, “he added.
        """)
        .with("Kofi Mensah")
    #expect(story.said == [
        ["Kofi Mensah", "It was a hard-earned point away from home"],
        ["Kofi Mensah", "The players gave everything and we go again on Saturday"],
    ])
}

@Test func quoteLeftOpenRunsToTheParagraphEnd() {
    let story = Story("""
        Foreign minister Naledi Pandor said, “The junta has chosen isolation over dialogue.”

        She added that her government would press regional partners to “freeze the junta’s assets abroad

        The African Union meets next week.
        """)
        .with("Naledi Pandor")
    #expect(story.said == [
        ["Naledi Pandor", "The junta has chosen isolation over dialogue."],
        ["Naledi Pandor", "freeze the junta’s assets abroad"],
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
        “The port concession will pay for itself within a decade,” chief executive Maria Souza said.

        “Our engineers start surveying the site in the spring.”
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
        Miner’s boss welcomes takeover offer with ‘cautious optimism’

        Chief executive Andile Dube welcomed the offer with “cautious optimism” on Tuesday.
        """)
        .with("Andile Dube")
    #expect(story.said == [["Andile Dube", "cautious optimism"]])
}

@Test func givenSentencesAreUsed() {
    let text = "Talks ended late. “We made progress on the maritime boundary,” Balakrishnan said. Officials left."
    func sentence(_ part: String) -> Sentence {
        let span = spans(of: part, in: text)[0]
        return Sentence(span: span, block: .paragraph)
    }
    let sentences = ["Talks ended late.", "“We made progress on the maritime boundary,” Balakrishnan said.", "Officials left."].map(sentence)
    let story = Story(text).with("Vivian Balakrishnan", forms: ["Balakrishnan"])
    #expect(story.quotes(sentences: sentences).map(\.speaker) == ["Vivian Balakrishnan"])
}

@Test func unattributedQuotesAreDroppedUnlessAsked() {
    let story = Story("The banner read \"no peace without justice for the victims of the war\" in three languages.")
    #expect(story.quotes().isEmpty)
    #expect(story.quotes(includeUnattributed: true).map(\.text) == ["no peace without justice for the victims of the war"])
}

@Test func labelsAfterDescribedAsAreNotQuotes() {
    let story = Story("The minister arrived to promote what she described as “shared prosperity” in the region. " +
                      "Analysts have called the truce “a fragile calm” for months. " +
                      "An aide told reporters that Ankara would be “the spoiler” if talks failed. " +
                      "Minister Selin Aydın said the two sides were “close to a deal.”")
        .with("Selin Aydın", forms: ["Aydın"])
    #expect(story.said == [["Selin Aydın", "close to a deal."]])
}

@Test func aStatementReadOutBySomeoneIsTheirsAndAnUnissuedStatementIsNoOnes() {
    let read = Story("The ministers demanded “an immediate ceasefire and the entry of aid,” according to a joint statement read out by Hassan.")
        .with("Ali Hassan", forms: ["Hassan"])
    #expect(read.said == [["Ali Hassan", "an immediate ceasefire and the entry of aid"]])
    let unissued = Story("The talks were “frank, useful and long overdue,” according to a statement.")
    #expect(unissued.said.isEmpty)
}

@Test func aBodysStatementIsTheBodySpeaking() {
    let story = Story("“We are ready for talks at any level,” a Kremlin statement said on Friday.").with("Kremlin", .org)
    #expect(story.said == [["Kremlin", "We are ready for talks at any level"]])
}

@Test func theMinistersOfABodySpeakForItAndTheyContinues() {
    let story = Story("""
        The meeting of ministers from the Andean Community ended in Lima on Friday.
        "Trade across our borders must be free of new tariffs," the ministers said in their closing statement.
        "We agreed to meet again in Quito," they said.
        "Nothing was agreed," experts said.
        """)
        .with("Andean Community", .org)
        .with("Lima", .gpe)
    #expect(story.said == [["Andean Community", "Trade across our borders must be free of new tariffs"],
                           ["Andean Community", "We agreed to meet again in Quito"]])
}

@Test func theBlocOrTheMinistrySpeaksForTheBodyOfThatKindNamedLast() {
    let story = Story("""
        Leaders from Sadc met in Harare on Sunday. Zimbabwe's Foreign Ministry hosted them.
        In a statement, the regional bloc said it would "send observers within a week".
        Later the ministry said the talks had been "constructive and frank".
        """)
        .with("Sadc", .org)
        .with("Foreign Ministry", .org)
    #expect(story.said == [["Sadc", "send observers within a week"],
                           ["Foreign Ministry", "constructive and frank"]])
}

@Test func aLongParticiplePhraseOpeningTheSentenceHoldsNoSpeaker() {
    let story = Story("""
        Sitting opposite Lee Jae-won at a long wooden table inside a ballroom decorated with both flags, Park Min-ho opened his remarks by saying that tensions should "not turn into conflict."
        "We have known each other for a long time," he said as Lee listened through headphones.
        """)
        .with("Lee Jae-won", forms: ["Lee"])
        .with("Park Min-ho")
    #expect(story.said == [["Park Min-ho", "not turn into conflict."],
                           ["Park Min-ho", "We have known each other for a long time"]])
}

@Test func aSecondThatClauseHangsOnTheFirstVerbOfSaying() {
    // "proposed" inside the first that-clause does not attribute the quote in the second one.
    let story = Story("Aide Ivan Sokolov said that Peru proposed direct talks between the two presidents, and that Chile \"took note\" of the request.")
        .with("Ivan Sokolov").with("Peru", .gpe).with("Chile", .gpe)
    #expect(story.said == [["Ivan Sokolov", "took note"]])
}

@Test func aClauseAfterSaidIsNoSpeaker() {
    // The attribution runs into a clause ("said the talks covered ..."): no one is named, so no quote is output.
    let text = "A pool report from the meeting, citing a \"senior administration official,\" said the talks covered issues such as trade."
    let a = ArticleAnalyzer().analyze(article(text))
    #expect(a.quotes.isEmpty)
    // A description headed by a title or a body still speaks.
    let b = ArticleAnalyzer().analyze(article("\"We will keep the channels open,\" said the foreign ministry."))
    #expect(b.quotes.map(\.speaker) == ["foreign ministry"])
}

@Test func itSaidIsTheBodyTheSentenceBeforeReports() {
    let a = ArticleAnalyzer().analyze(article(
        "Peru's foreign ministry said the visit had not been agreed. \"No deal on the border can be reached without us,\" it said in a statement."))
    #expect(a.quotes.map(\.speaker) == ["Peru's foreign ministry"])
    // A person reported before is no "it".
    let b = ArticleAnalyzer().analyze(article(
        "Minister Ana Lopes said the visit had not been agreed. \"No deal on the border can be reached without us,\" it said in a statement."))
    #expect(b.quotes.isEmpty)
}

@Test func theCounterpartDescribedByHerCountrySpeaks() {
    // A counterpart's title is the host's ("Foreign Minister"), never written beside her name.
    let a = analyze(article("Foreign Minister Ana Lopes met her Chilean counterpart Marta Vidal in Lisbon on Monday.",
                            "\u{201C}This is only the beginning,\u{201D} the Chilean minister added."))
    #expect(a.quotes.map(\.speaker) == ["Marta Vidal"])
    // Two people of that country: the description stays unresolved rather than guessed.
    let b = analyze(article("Foreign Minister Ana Lopes met her Chilean counterpart Marta Vidal and Chilean envoy Tomas Rojas on Monday.",
                            "\u{201C}This is only the beginning,\u{201D} the Chilean minister added."))
    #expect(!b.quotes.contains { $0.speaker == "Marta Vidal" || $0.speaker == "Tomas Rojas" })
}
