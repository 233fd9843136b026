// Plain-text page dumps in several outlets' styles: header lines, furniture, captions and
// credits, bylines, datelines, related-story lists, titles, outlets and dates.
import Foundation
import ReadoutCore
import ReadoutIngest
import Testing

@Suite struct PageDumpTests {
    @Test func dateHeaderWithOutletSectionPromosCaptionBylineAndRelatedList() throws {
        let article = try Fixture.article("text/harbour_times_header.txt")
        #expect(article.format == .text)
        #expect(article.id == "harbour_times_header")
        #expect(article.metadata.title == "Philippines and Malaysia agree to revive joint maritime patrols after Manila talks")
        #expect(article.metadata.outlet == "Harbour Times")
        #expect(article.metadata.published == "2023-05-02")
        #expect(article.metadata.publishedSource == .header)
        #expect(article.metadata.section == "ASIA / DIPLOMACY")
        #expect(article.metadata.authors == ["Lorna Castillo"])
        #expect(article.metadata.credits == ["EPA"])
        #expect(article.blockTexts(.standfirst) == [
            "The two ministers also discussed fishing rights near disputed reefs",
            "A follow-up meeting is planned in Kuala Lumpur next month",
        ])
        #expect(article.blockTexts(.caption) == [
            "Foreign Minister Ana Reyes (left) greets her Malaysian counterpart Hafiz Rahman in Manila on Monday.",
        ])
        for furniture in ["Advertisement", "newsletter", "Learn more", "Lorna Castillo", "Inside the negotiations",
                          "fishing communities fear", "rice supply pact", "\n\n12"] {
            #expect(!article.text.contains(furniture), "kept furniture: \(furniture)")
        }
        #expect(article.blockTexts(.paragraph).last == "Rahman said Kuala Lumpur would host the next round of talks in June.")
        #expect(article.blockTexts(.paragraph).count == 4)
    }

    @Test func publishedLineTruncatedCaptionAndOutletFromToldThe() throws {
        let article = try Fixture.article("text/published_line.txt")
        #expect(article.metadata.title == "Indonesia and Brazil pledge joint push on tropical forest finance")
        #expect(article.metadata.section == "WORLD")
        #expect(article.metadata.published == "2023-03-14")
        #expect(article.metadata.publishedTime == "10:05 AM")
        #expect(article.metadata.outlet == "The Jakarta Post")
        #expect(article.blockTexts(.standfirst) == ["Leaders set out a common position before the climate summit"])
        let captions = article.blockTexts(.caption)
        #expect(captions.count == 1)
        #expect(captions.first?.hasSuffix("on March 13, 2023.") == true)
        #expect(article.metadata.credits == ["Xinhua"])
        #expect(!article.text.contains("Published"))
    }

    @Test func mastheadDateIsNotThePublicationDateAndSiteLineNamesTheOutlet() throws {
        let article = try Fixture.article("text/masthead_site.txt")
        #expect(article.metadata.published == nil)
        #expect(article.metadata.outlet == "example.co.ke")
        #expect(article.metadata.title == "Kenya and Ethiopia sign power export deal worth $2 billion")
        // The repeated image label names the article's subject, so it is a caption, not a byline.
        #expect(article.metadata.authors.isEmpty)
        #expect(article.blockTexts(.caption) == ["Amina Njoroge"])
        // The cut-off teaser repeating the first paragraphs is dropped; the full paragraphs stay.
        let paragraphs = article.blockTexts(.paragraph)
        #expect(paragraphs.count == 3)
        #expect(paragraphs.first == "Kenya's energy minister Amina Njoroge signed a power purchase agreement with Ethiopia on Sunday, officials said.")
        for furniture in ["Search", "Breaking News", "To example.co.ke", "househ\n"] {
            #expect(!article.text.contains(furniture))
        }
    }

    @Test func loneNameAfterHeadlineIsTheAuthorAndNewsServiceLineTheOutlet() throws {
        let article = try Fixture.article("text/news_service_byline.txt")
        #expect(article.metadata.title == "Peru and Chile resume border talks after two-year pause")
        #expect(article.metadata.authors == ["Valeria Quispe"])
        #expect(article.metadata.outlet == "Andean News Service")
        #expect(article.metadata.published == nil)  // "Lima, March 3" has no year
        #expect(article.blockTexts(.paragraph).first == "Lima, March 3")  // the dateline stays in the body
    }

    @Test func exclusiveHeadlinePrefixNamesTheOutlet() throws {
        let article = try Fixture.article("text/exclusive_headline.txt")
        #expect(article.metadata.title == "Coastal Herald Exclusive: Norway to Host Sudan Ceasefire Talks Next Month")
        #expect(article.metadata.outlet == "Coastal Herald")
        #expect(article.blockTexts(.paragraph).first?.hasPrefix("OSLO — Norway will host") == true)
    }

    @Test func photoCreditOnTheDateLineGivesOutletAndMarksTheNextLineAsCaption() throws {
        let article = try Fixture.article("text/photo_credit_header.txt")
        #expect(article.metadata.published == "2022-11-08")
        #expect(article.metadata.outlet == "The Accra Chronicle")
        #expect(article.metadata.authors.isEmpty)
        #expect(article.metadata.credits == ["Kwame Mensah / The Accra Chronicle"])
        #expect(article.blockTexts(.caption) == [
            "President Kofi Asante and visiting Togolese President Edem Kodjo inspect a guard of honour in Accra on Monday.",
        ])
        #expect(article.metadata.title == nil)
    }

    @Test func wireStoryBylineAgencyDatelineAndReportingCredits() throws {
        let article = try Fixture.article("text/wire_body_only.txt")
        #expect(article.metadata.title == nil)
        #expect(article.metadata.outlet == "Reuters")
        #expect(article.metadata.authors == ["Maria Gonzalez", "Duncan Miriri", "Elias Biryabarema"])
        #expect(article.blockTexts(.paragraph) == [
            "NAIROBI (Reuters) – Kenya and Uganda agreed on Wednesday to extend a fuel pipeline to Kampala, Kenya's energy ministry said in a statement.",
            "The two governments will share the cost of the 320-km extension, the statement said.",
        ])
    }

    @Test func timeAfterTheDateHeader() throws {
        let article = try Fixture.article("text/today_time.txt")
        #expect(article.metadata.published == "2021-03-02")
        #expect(article.metadata.publishedTime == "09:15 AM")
        #expect(article.metadata.title == nil)
        #expect(article.blockTexts(.paragraph).count == 2)
    }

    @Test func fromBylineOnTheDateLine() throws {
        let article = try Fixture.article("text/from_byline.txt")
        #expect(article.metadata.authors == ["Chidi Okafor"])
        #expect(article.metadata.outlet == nil)
        #expect(!article.text.contains("Enugu"))
    }

    @Test func headlineOnTheDateLineAndAgencyAbbreviationInTheDateline() throws {
        let article = try Fixture.article("text/agency_dateline.txt")
        #expect(article.metadata.title == "Turkey, Iraq hold security talks in Ankara")
        #expect(article.metadata.outlet == "Anadolu Agency")
        #expect(article.metadata.published == "2024-02-19")
    }

    @Test func shortHeadlineAfterASectionLabel() throws {
        let article = try Fixture.article("text/short_headline.txt")
        #expect(article.metadata.title == "Putin visits Pyongyang")
        #expect(article.metadata.section == "Sport")
    }

    @Test func hardWrappedTextIsJoinedIntoParagraphs() throws {
        let article = try Fixture.article("text/wrapped.txt")
        #expect(article.metadata.title == "Estonia and Finland agree to link their power grids")
        let paragraphs = article.blockTexts(.paragraph)
        #expect(paragraphs.count == 2)
        #expect(paragraphs.first?.contains("undersea power cable between the two countries") == true)
    }

    @Test func markdownMarkupIsRemoved() throws {
        let article = try Fixture.article("text/article.md")
        #expect(article.metadata.title == "Mongolia and South Korea sign rare earths agreement")
        #expect(article.blockTexts(.paragraph).first
            == "ULAANBAATAR — Mongolia and South Korea signed an agreement on rare earth exploration on Friday, the Mongolian foreign ministry said.")
    }

    @Test func bylineWithTwoNamesOutletWithPlaceAndImageSourceCaptionLabels() throws {
        let article = try Fixture.article("text/image_source_caption.txt")
        #expect(article.metadata.authors == ["Olena Kovalenko", "Piotr Nowak"])
        #expect(article.metadata.outlet == "BBC")
        #expect(article.metadata.credits == ["Reuters"])
        #expect(article.blockTexts(.caption) == ["Ministers from both countries met in Warsaw on Tuesday"])
        #expect(article.blockTexts(.paragraph).count == 2)
        #expect(!article.text.contains("Reading time"))
    }

    @Test func nameListLineNamelessRoleParenthesisedCreditAndShareButtons() throws {
        let article = try Fixture.article("text/two_authors_parenthesised_credit.txt")
        #expect(article.metadata.authors == ["Lucas Almeida", "Sofía Benítez"])
        #expect(article.metadata.published == "2024-01-13")
        #expect(article.metadata.outlet == "AFP")
        #expect(article.metadata.credits == ["AP Photo/Eraldo Peres"])
        #expect(article.blockTexts(.caption).first?.hasSuffix("in Brasília on Friday.") == true)
        #expect(article.blockTexts(.paragraph).count == 2)
        for furniture in ["Staff Reporter", "WhatsApp", "Share this", "Messenger", "GMT"] {
            #expect(!article.text.contains(furniture), "kept furniture: \(furniture)")
        }
    }

    @Test func dateDirectlyAboveTheHeadlineIsThePublicationDateAndAgencyBylineTheOutlet() throws {
        let article = try Fixture.article("text/date_above_headline.txt")
        #expect(article.metadata.title == "South Africa and Namibia open new border post")
        #expect(article.metadata.published == "2024-03-09")
        #expect(article.metadata.outlet == "AFP")
        #expect(article.metadata.authors.isEmpty)
        #expect(!article.text.contains("AFP Staff"))
    }

    @Test func textWithoutHeadlineHasNoTitle() throws {
        let text = "The two delegations met in Geneva on Monday and agreed to continue talks next month, a spokesperson said.\n"
        let result = ArticleReader().read(data: Data(text.utf8), name: "geneva.txt")
        let article = try #require(result.articles.first)
        #expect(article.metadata.title == nil)
        #expect(article.metadata.outlet == nil)
        #expect(article.blocks.map(\.kind) == [.paragraph])
    }

    @Test func aWireDatelinesFullDateIsThePublicationDay() throws {
        let text = "Leaders meet in Valletta\n\nRome/Valletta, 7 December 2023 (ANSA) - Italian and Maltese leaders met on Thursday.\n"
        let article = try #require(ArticleReader().read(data: Data(text.utf8), name: "wire.txt").articles.first)
        #expect(article.metadata.published == "2023-12-07")
        #expect(article.metadata.outlet == "ANSA")
        let american = "Talks\n\nGENEVA, March 3, 2024 (Reuters) - Envoys met on Sunday.\n"
        let other = try #require(ArticleReader().read(data: Data(american.utf8), name: "geneva.txt").articles.first)
        #expect(other.metadata.published == "2024-03-03")
    }
}
