"""Unit tests for commercial solicitation (Kankakee § V.2.9): adverts, offers, self-promotion.

Every finding is JUDGMENT evidence and the category's ceiling is review, so a solicitation is
never removed by the library. Talking about commerce, taxes or the city's own website is not an
advert, and neither is criticism or praise of officials.
"""

from __future__ import annotations

import pytest

import municipal_social_policy as msp
from kankakee_verdicts import clauses, evaluator, evidence_under


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("Hey guys check out my new channel!", "self_promotion"),
        ("Subscribe to my channel for funny videos", "self_promotion"),
        ("Please subscribe!", "self_promotion"),
        ("sub 4 sub anyone?", "self_promotion"),
        ("Follow me on Instagram for more", "self_promotion"),
        ("Check out this video on YouTube:", "self_promotion"),
        ("Visit our website for the spring sale", "self_promotion"),
        ("Handmade soaps for sale, DM me for prices", "commercial_offer"),
        ("Use promo code SAVE10 at checkout", "commercial_offer"),
        ("50% off all shirts this weekend", "commercial_offer"),
        ("Earn easy money from home!", "commercial_offer"),
        ("Please donate to my GoFundMe page", "commercial_offer"),
        ("Great deal: https://www.ebay.com/itm/171183229277", "shop_link"),
        ("Join here http://www.example-forex.com/partners/aw.aspx?AffiliateID=9107", "shop_link"),
        ("come follow my stream http://www.twitch.tv/somegamer", "profile_link"),
        ("please like : http://www.example.com/news/9277547-peace", "self_promotion"),
    ],
)
def test_adverts_are_reviewed_citing_v_2_9(text: str, detector: str) -> None:
    """An advert or offer is judgment evidence under § V.2.9: REVIEW, with exact spans."""
    verdict = evaluator().evaluate(text)
    assert verdict.decision is msp.Decision.REVIEW
    evidence = evidence_under(text, "V.2.9")
    assert detector in {e.detector for e in evidence}
    finding = next(f for f in verdict.findings if f.clause.id == "V.2.9")
    assert finding.strength is msp.Strength.JUDGMENT
    assert finding.action is msp.Decision.REVIEW
    for item in evidence:
        assert text[item.start : item.end] == item.text


@pytest.mark.parametrize(
    "text",
    [
        "The city should sell the old fire station lot",
        "Sales tax went up again this year",
        "My favorite store on Court Street closed last month",
        "Our city's website is hard to use",
        "The house next door is not for sale",
        "I subscribe to the Daily Journal and read about the budget",
        "Is the farmers market still on for Saturday? Call me if you know.",
        "Please watch the council meeting tonight",
        "The elevator is out of order today",
        "Cut the budget by 10% and lower my taxes",
        "Senior discounts for water bills would help retirees",
        "Where can I read more about the library hours?",
        "See https://en.wikipedia.org/wiki/Tobin_tax for the idea",
        "The mayor is doing a terrible job with the parking rules downtown.",
        "My neighbor is doing a great job with the summer festival.",
        "No, this is my page too, I live here and I pay taxes",
    ],
)
def test_talk_about_commerce_and_civic_speech_is_not_solicitation(text: str) -> None:
    """Commerce words in civic talk, negated offers and links to sources are not adverts."""
    assert evidence_under(text, "V.2.9") == []


@pytest.mark.parametrize(
    ("official", "resident"),
    [
        (
            "Mayor Wells-Armstrong is selling nothing; check out my channel",
            "My neighbor is selling nothing; check out my channel",
        ),
        (
            "The police chief handled snow removal well.",
            "A local business owner handled snow removal well.",
        ),
    ],
)
def test_swapping_an_official_for_a_resident_never_changes_the_decision(
    official: str, resident: str
) -> None:
    """Who is named, and how they are judged, does not change a § V.2.9 decision."""
    first = evaluator().evaluate(official)
    second = evaluator().evaluate(resident)
    assert first.decision is second.decision
    assert bool(evidence_under(official, "V.2.9")) == bool(evidence_under(resident, "V.2.9"))


def test_a_city_exempts_its_own_page_from_profile_links() -> None:
    """``allowed`` on ``profile_link`` exempts the city's own social pages."""
    config = msp.DetectorConfig("profile_link", allowed=("facebook.com/cityofkankakee",))
    detector = msp.detectors.BUILTIN_DETECTORS["profile_link"](config)
    from municipal_social_policy.text import normalize

    own = "https://www.facebook.com/CityOfKankakee"
    other = "https://www.facebook.com/SomeBakery"
    assert list(detector(normalize(own), msp.Comment(text=own))) == []
    assert len(list(detector(normalize(other), msp.Comment(text=other)))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Selling firewood $80 a cord, call 815-555-0111",
        "Puppies for sale text 815 555 0111",
        "We're selling our old bunk beds, text (815) 555-0164",
        "Tree trimming, $40 per tree, call Joe 815.555.0181",
        "2009 Ford Ranger, $3,200 obo. 815-555-0107",
        "Best prices on snow removal! 8155550126",
        "Call or text 815-555-0149 for a quote on gutter cleaning",
    ],
)
def test_a_sale_whose_only_contact_is_a_phone_number_is_solicitation(text: str) -> None:
    """A sale cue or an asking price, with a phone number as the contact: § V.2.9 evidence."""
    evidence = evidence_under(text, "V.2.9")
    assert "commercial_offer" in {e.detector for e in evidence}
    assert evaluator().evaluate(text).decision is msp.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Call the water department at 815-555-0100 if your bill is wrong.",
        "My water bill was $300, I called 815-555-0100 and nobody answered.",
        "The city is not selling the lot; call 815-555-0100 with questions.",
        "Nobody is selling raffle tickets door to door. Report it at 815-555-0100.",
        'The sign said "Selling firewood, call 815-555-0111" but it was gone.',
        "The fee is $25 a year per dog (815-555-0100, animal control).",
    ],
)
def test_a_phone_number_with_civic_words_is_no_advert(text: str) -> None:
    """A phone number alone, a bill, a negated or quoted offer, or a fee: no § V.2.9 offer."""
    assert "commercial_offer" not in {e.detector for e in evidence_under(text, "V.2.9")}


@pytest.mark.parametrize(
    "text",
    [
        "Now accepting new clients for tax season, affordable rates, DM me!",
        "Anyone need their lawn mowed this summer? I'm cheap and reliable.",
        "My son is selling wreaths for his troop, comment below to order.",
        "Tired of your 9 to 5? Be your own boss, ask me how.",
        "If you are thinking about buying a home this spring, give me a call.",
        "Our bakery opens Friday: the first 25 customers get a free cupcake!",
    ],
)
def test_offers_without_a_link_or_a_price_are_solicitation(text: str) -> None:
    assert "commercial_offer" in {e.detector for e in evidence_under(text, "V.2.9")}


@pytest.mark.parametrize(
    "text",
    [
        "Does anyone need their driveway plowed? The city never comes down our street.",
        "Join my team at the river cleanup this Saturday!",
        "Grand opening of the new library branch on Saturday.",
        "The first 50 people at the town hall get a free tree sapling.",
        "Is the city taking new applications for the housing program?",
        "The city should sell the old fire station to a developer.",
    ],
)
def test_civic_invitations_and_questions_are_not_offers(text: str) -> None:
    assert evidence_under(text, "V.2.9") == []


@pytest.mark.parametrize(
    ("text", "detector"),
    [
        ("Don't forget to subscribe!", "self_promotion"),
        ("dont forget to check out my channel", "self_promotion"),
        ("Do not hesitate to DM me for prices.", "commercial_offer"),
        ("Never forget to follow me on Instagram", "self_promotion"),
    ],
)
def test_a_negated_reminder_is_a_request(text: str, detector: str) -> None:
    """Issue 9: "don't forget to ...", "do not hesitate to ..." deny a negative, so they ask."""
    assert detector in {e.detector for e in evidence_under(text, "V.2.9")}


@pytest.mark.parametrize(
    "text",
    [
        "I don't subscribe to that theory about the levy.",
        "Don't check out my channel, it's terrible.",
        "The house on Elm is not for sale.",
    ],
)
def test_a_negated_offer_is_still_no_offer(text: str) -> None:
    """A plain negation still drops the match: only a negated reminder asks."""
    assert evidence_under(text, "V.2.9") == []


@pytest.mark.parametrize(
    "text",
    [
        "Snow plowing for driveways, licensed and insured. Send me a message for your spot.",
        "I do braids and lashes out of my home, reasonable rates, DM me",
        "Barely used stroller and car seat, message me if you want them",
        "Avon rep here, the spring book just came out. Inbox me!",
        "Just opened my own detailing business, hit me up",
        "Tree trimming, $40 per tree, text me",
    ],
)
def test_the_words_of_a_trade_with_a_request_to_get_in_touch_are_an_advert(text: str) -> None:
    """Issue 9: an advert whose contact is a request ("message me"), not a phone number."""
    assert "commercial_offer" in {e.detector for e in evidence_under(text, "V.2.9")}


@pytest.mark.parametrize(
    "text",
    [
        "Like new treadmill, asking $300",
        "Leather couch, still in the plastic, $450 cash only",
        "Now hiring line cooks, $17/hr to start",
        "Oil change special for just $25, walk-ins welcome",
    ],
)
def test_the_words_of_a_listing_with_its_price_are_an_advert(text: str) -> None:
    """Issue 9: a cue and an asking price need no contact at all."""
    assert "commercial_offer" in {e.detector for e in evidence_under(text, "V.2.9")}


@pytest.mark.parametrize(
    "text",
    [
        "2015 Silverado, $14,500 obo",
        "Dining table with six chairs, or best offer",
        "Huge yard sale Saturday, baby clothes and tools",
        "We buy junk cars, any condition",
        "Mention this post for a free dessert",
    ],
)
def test_the_terms_of_a_sale_are_an_advert_by_themselves(text: str) -> None:
    """Issue 9: "obo", "or best offer", a sale at a home on a day, buying for cash."""
    assert "commercial_offer" in {e.detector for e in evidence_under(text, "V.2.9")}


@pytest.mark.parametrize(
    "text",
    [
        # a contact alone, a price alone, a cue alone
        "Message me if you saw who hit the stop sign on Elm",
        "Gas is $4 a gallon again and the city wants a new tax",
        "I'm a licensed electrician and the lights on 5th Ave are wired wrong",
        # a cue with a civic invitation, and prices that are no asking price
        "Pool passes are cash only at the front desk, stop by city hall",
        "The city sold the lot for just $1 to a developer, come see the council video",
        "The new fire engine is brand new and already broken, ask me how I know",
        # reports of sales and purchases, names that spell a term
        "Garage sales this weekend clogged our street with parked cars",
        "You don't know how often I buy cars",
        "Star Wars fans: Obo-wan was never a real name",
        "Call the library to book",
    ],
)
def test_one_part_of_an_advert_alone_is_no_advert(text: str) -> None:
    """A contact, a price or a listing's words alone, or with a civic invitation: no offer."""
    assert evidence_under(text, "V.2.9") == []


@pytest.mark.parametrize(
    "text",
    [
        "Shop my Amazon storefront amazon.com/shop/riverbendmama",
        "Selling my couch https://www.facebook.com/marketplace/item/123456789",
        "New stuff in my closet poshmark.com/closet/jenny_k",
        "Buy me a coffee at ko-fi.com/artsyjess",
    ],
)
def test_storefronts_marketplace_listings_and_tip_jars_are_shop_links(text: str) -> None:
    """Issue 9: an Amazon storefront, a Marketplace, Poshmark or Mercari listing, a tip jar."""
    assert "shop_link" in {e.detector for e in evidence_under(text, "V.2.9")}


def test_a_marketplace_page_that_is_no_listing_is_no_shop_link() -> None:
    """Facebook's other pages and Amazon's help pages list nothing for sale."""
    assert "shop_link" not in {
        e.detector
        for e in evidence_under(
            "See facebook.com/marketplace/learn_more and amazon.com/help", "V.2.9"
        )
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dude, check my talk page, others have pointed out you are wrong.", False),
        ("If you look at my user page you might see my point.", False),
        ("This is my talk page for anyone who wishes to send a message.", False),
        ("After what he did to my YouTube account, I quit.", False),
        ("My Facebook account was hacked yesterday.", False),
        ("Check out my page for deals!", True),
        ("My YouTube channel is all about cooking", True),
        ("my instagram is @jo_bakes", True),
    ],
)
def test_a_discussion_page_or_an_account_s_fate_is_no_promotion(text: str, expected: bool) -> None:
    """A talk or user page is where a discussion is held, and what befell an account is news;
    presenting one's page or channel is still self-promotion."""
    assert any(e.detector == "self_promotion" for e in evidence_under(text, "V.2.9")) is expected


@pytest.mark.parametrize(
    ("quoted", "said"),
    [
        (
            'It is not as if the article says "Click here for a free trial!". Keep it.',
            "Click here for a free trial!",
        ),
        ('The flyer said "promo code SAVE10" but it expired.', "Use promo code SAVE10 today."),
        ("Do you get money to put the method there?", "You get paid to test games, sign up now."),
    ],
)
def test_an_offer_quoted_or_asked_about_is_not_made(quoted: str, said: str) -> None:
    """An offer inside quotation marks is quoted, and a question about pay asks; the same
    offer said is still one."""
    assert not any(e.detector == "commercial_offer" for e in evidence_under(quoted, "V.2.9"))
    assert any(e.detector == "commercial_offer" for e in evidence_under(said, "V.2.9"))


@pytest.mark.parametrize(
    "text",
    [
        "Come check out our parody of this!",
        "check out my new parody video",
        "Who is watching in 2015? Subscribe for me!",
        "please subscribe for me, I post covers every week",
    ],
)
def test_a_parody_and_subscribe_for_me_promote_the_writer(text: str) -> None:
    """A parody is the writer's own media like a cover or a remix, and "subscribe for me" asks
    for subscribers as "subscribe to me" does (§ V.2.9)."""
    assert evidence_under(text, "V.2.9") != []


@pytest.mark.parametrize(
    "text",
    [
        "I subscribe for the newsletter",
        "Subscribe for updates on the road work",
        "The parody in the council meeting was embarrassing",
        "check out our new parks",
    ],
)
def test_a_parody_named_or_a_subscription_for_news_promotes_no_one(text: str) -> None:
    """A parody spoken of and a subscription for news are no self-promotion."""
    assert evidence_under(text, "V.2.9") == []


def v29_detectors(text: str) -> set[str]:
    """The detectors whose § V.2.9 evidence the verdict on ``text`` holds."""
    return {e.detector for e in evidence_under(text, "V.2.9")}


@pytest.mark.parametrize(
    "text",
    [
        "Our band's covers are pretty decent, give them a listen and subscribe to us",
        "My songs are rough demos but please check them out when you get a chance",
        "If you wouldn't mind checking out my new mixes I'd be grateful",
        "Would mean a lot if you checked out a few of my short films",
        "We recorded a cover of this last week, check it out!",
        "I made a remix of this song, go listen to it",
        "Check out this YouTube channel, it's hilarious",
        "Please read my new novel, it's free this week",
        "Just started up a new channel, come say hi",
        "Visiten mi canal, suscribanse por favor",
        "Please help me out by checking me out",
    ],
)
def test_the_writer_s_own_media_asked_for_in_other_words_is_promotion(text: str) -> None:
    """Issue 9, YouTube spam: the writer's songs, covers, channel or book offered to the reader
    however the request is worded is self-promotion (§ V.2.9)."""
    assert "self_promotion" in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for fixing my page, I needed someone to edit and check it.",
        "The cashier was checking me out when the power went off",
        "I checked with my company and the road closure is fine by them",
        "We'll read our book club's pick at the library on Tuesday",
        "You should watch this channel for the weather updates",
        "I put my video of the flood online, watch it before the meeting",
        "If you don't mind, check the minutes from my ward meeting",
    ],
)
def test_checking_reading_and_watching_civic_things_is_no_promotion(text: str) -> None:
    """Checking a page, an account or the minutes, a book club's pick, a TV channel and a
    resident's flood video are no advert."""
    assert "self_promotion" not in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi! I'm a new YouTuber and it would mean the world if you took a look",
        "We're an up and coming rapper duo from Chicago",
        "I'm a small streamer, I play Minecraft every night",
        "I'm getting popular fast because I actually sing live",
        "Im a singer with 3000 subscribers, thumbs up if this song slaps",
        "I just reached 500 subscribers, thank you all!",
        "At 1000 subscribers I'll shave my head, help me get there",
        "If I can get 300 subscribers by Friday I'll post a face reveal",
        "Could I get some subscribers? I upload every week",
        "I'd really appreciate some new subscribers",
        "Subscribers please! Only 20 more to go",
    ],
)
def test_the_writer_s_audience_counted_or_asked_for_is_promotion(text: str) -> None:
    """A creator introducing themselves, counting their subscribers or asking for more is
    self-promotion (§ V.2.9)."""
    assert "self_promotion" in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm a young artist in Kankakee and the mural program matters to me",
        "I'm an aspiring musician and the city should fund the bandshell",
        "I'm getting known around here because I speak at every meeting",
        "The Daily Journal, with 5000 subscribers, never covers the council.",
        "Can we get more subscribers to the city's emergency alerts?",
        "Can we get more subs for the schools? The district is short on teachers.",
        "I appreciate the subs who covered my kid's class",
        "Subs please, the teachers need help",
        "I have 3 subscribers to the block club newsletter I print",
    ],
)
def test_a_resident_s_art_or_a_newsletter_s_readers_are_no_promotion(text: str) -> None:
    """A resident's trade or art, a newspaper's readers, the city's alert list and substitute
    teachers ("subs") are no self-promotion."""
    assert "self_promotion" not in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Check out the debut mixtape from Lil Kanka, out now",
        "Listen to Jay River's latest single, fire",
        "Go check out the song called Midnight Drive on Spotify",
        "Take a look at this video on YouTube:",
        "Check out this video on YouTu",
    ],
)
def test_a_record_promoted_or_the_share_text_is_promotion(text: str) -> None:
    """A song, mixtape or single promoted, and YouTube's share text even cut short, are
    self-promotion (§ V.2.9)."""
    assert "self_promotion" in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Look at the new single-family homes going up on Elm",
        "Check out the new track at the sports complex",
        "The band played a new song at the festival and it was great",
    ],
)
def test_homes_tracks_and_a_song_heard_are_no_record_promoted(text: str) -> None:
    """A single-family home, a running track and a song reported are no record promoted."""
    assert "self_promotion" not in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Like this comment for no reason",
        "like this comment pls",
        "Please like my comment!!",
        "Like This Comment",
    ],
)
def test_likes_asked_for_one_s_own_comment_are_promotion(text: str) -> None:
    """Asking for likes on one's own comment for nothing is engagement bait (§ V.2.9)."""
    assert "self_promotion" in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Like this comment if you agree the roads need fixing",
        "I like this comment, the mayor is right about the budget",
        "Please like and share so everyone knows about the boil order",
        "I don't like this comment at all",
    ],
)
def test_a_like_for_agreement_on_a_civic_topic_is_no_promotion(text: str) -> None:
    """ "Like this if you agree" on a civic topic asks for assent, not for an audience."""
    assert "self_promotion" not in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    ["My insta username is jo.bakes", "my snapchat handle: kanka_kid", "My IG name is @riverrat"],
)
def test_a_handle_given_is_promotion(text: str) -> None:
    """The writer's handle on a social network, given to be followed, is self-promotion."""
    assert "self_promotion" in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Get free gift cards and PayPal money!",
        "Claim free robux here",
        "free vbucks generator no survey",
        "Win free followers today",
        "I'll do a $50 PayPal giveaway when I hit 1k",
        "We're hosting a huge giveaway on our page this Friday",
        "iPhone giveaway, enter now",
        "I generate free leads on autopilot and you can too",
        "Make money on autopilot with this system",
    ],
)
def test_freebie_giveaway_and_lead_pitches_are_offers(text: str) -> None:
    """Free gift cards, game currency or followers offered, a giveaway the writer holds and
    leads or money "on autopilot" are commercial offers (§ V.2.9)."""
    assert "commercial_offer" in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kids who finish summer reading get free gift cards at the library",
        "Get free views of the fireworks from the parking garage",
        "Get free subs at the church picnic",
        "This TIF deal is a cash giveaway to developers",
        "The tax break is an Amazon giveaway",
        "The city will have a giveaway of trees on Arbor Day",
        "Targeted traffic enforcement on Court Street would help",
        "Are there free lead testing kits for old pipes?",
        "The police have no leads on the break-in",
    ],
)
def test_civic_freebies_criticism_and_police_leads_are_no_offer(text: str) -> None:
    """A library prize told of, a view of the fireworks, a tax break called a giveaway, the
    city's tree giveaway, traffic enforcement and a lead pipe or a police lead are no offer."""
    assert "commercial_offer" not in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "follow me https://www.facebook.com/jane.doe.77?fref=ts",
        "add me instagram.com/river.rat.kk",
        "subscribe to https://plus.google.com/104999962146104962510",
        "my page https://plus.google.com/+KankaKid/posts",
    ],
)
def test_a_profile_with_a_dotted_name_or_on_google_plus_is_a_profile_link(text: str) -> None:
    """A user name may hold dots (facebook.com/jane.doe.77), and a Google+ address names a
    profile or its posts: both are profile links (§ V.2.9)."""
    assert "profile_link" in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "https://www.facebook.com/photo.php?fbid=543627485763966",
        "https://www.facebook.com/story.php?story_fbid=764484966942313",
        "See https://www.google.com/maps/place/Kankakee for the route",
        "The notice is at https://www.kankakeecounty.gov/index.html",
    ],
)
def test_a_site_s_own_page_or_a_map_is_no_profile_link(text: str) -> None:
    """A site's page named with a file extension (photo.php) is no user name, and a map on
    google.com is no Google+ profile."""
    assert "profile_link" not in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Free credits: https://m.freemyapps.com/share/url/5af506e1",
        "earn points with me http://www.featurepoints.com/r/abc123",
        "Shop my looks www.youniqueproducts.com/JaneSmith",
        "New fall catalog! https://www.scentsy.us/janedoe",
    ],
)
def test_get_paid_to_referrals_and_party_plan_storefronts_are_shop_links(text: str) -> None:
    """A link to a get-paid-to site is the poster's referral, and a link to a direct-selling
    company is a representative's storefront: both are shop links (§ V.2.9)."""
    assert "shop_link" in v29_detectors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Here is the petition to save the library: https://www.change.org/p/save-kankakee-library",
        "Read the article: https://www.daily-journal.com/news/local/council-votes",
        "The parade route is on https://www.citykankakee-il.gov/events",
    ],
)
def test_a_petition_an_article_or_the_city_s_events_are_no_advert(text: str) -> None:
    """A resident sharing a petition, a news article or the city's events page speaks on
    civic matters: no § V.2.9 evidence."""
    assert evidence_under(text, "V.2.9") == []


@pytest.mark.parametrize(
    "text",
    [
        "Looking for extra income? Work from home and earn $500 a day, ask me how",
        "Working from home to make $300 a week, ask me about it",
        "I sell Avon, ask me about this month's specials",
        "We sell seasoned firewood, message me for prices",
        "Hiring! Warehouse jobs $22/hr, apply at my link",
    ],
)
def test_solicitation_families_of_residents_comments_flag(text: str) -> None:
    """Work from home the other way round, "I sell ..." with "ask me about", this month's specials,
    and a bare job advert with "apply at my link" (§ V.2.9)."""
    assert "V.2.9" in clauses(text)


@pytest.mark.parametrize(
    "text",
    [
        "I work from home and the internet in my neighborhood is terrible",
        "Is the city hiring lifeguards this summer?",
        "The city should sell the old fire station",
        "Ask me how I know the potholes are bad: my tire",
        "Hiring more police officers should be a priority",
    ],
)
def test_solicitation_near_misses_of_those_families_do_not_flag(text: str) -> None:
    """Talk about the same things that is no solicitation of commerce: questions, reports, other
    senses."""
    assert "V.2.9" not in clauses(text)
