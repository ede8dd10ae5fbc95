"""Word lists the detector uses on top of langdetect's character n-gram profiles.

Written by hand from knowledge of the languages (not derived from any test set):

* FUNCTION_WORDS: the most frequent closed-class words (articles, pronouns, prepositions,
  conjunctions, auxiliaries, particles) plus common social-media spellings. They are what
  makes a two- or three-word reply decidable ("makasih dok", "c'est trop"). A word listed
  under several languages gets the same bonus in each, so the spelling decides.
* MALAY / INDONESIAN markers: langdetect ships no Malay profile, so Malay captions would
  otherwise be called Indonesian with high confidence. Only words whose standard Malay and
  Indonesian forms differ are listed.
* ENGLISH_TAGS: hashtag words used on every platform whatever the caption's language
  (#fyp #mentalhealth); they say nothing about the caption's language.

Beside this module: `words_<lang>.py` (everyday and news vocabulary per language, written
by hand; a word valid in two languages is listed in both so it is not evidence for one),
`words_more.py` (a second pass: everyday, news and public-life vocabulary), `verbs.py`
(regular es/pt/fr conjugation of hand-listed infinitives), `paradigms.py` (irregular
es/pt/fr verbs, Indonesian derivation from roots, regular plurals and feminines) and
`affixes.py` (spelling patterns and context rules with a priori weights). None of it comes
from the benchmark data.
`model.py` builds the detector's tables from these and langdetect's profiles;
`scripts.py` classifies scripts and holds the Japanese-only and Chinese-only Han sets.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        """the a an and or but if of to in on at by for with from about as into over after
        before between through without under up down out off than then so not no yes
        i me my mine you your yours he him his she her hers it its we us our they them their
        this that these those there here what which who whom whose when where why how
        is are was were be been being am do does did doing have has had having will would
        shall should can could may might must im i'm dont don't can't cant it's its didn't
        isn't wasn't won't you're we're they're i've i'll let's just also too very really
        all any some more most much many every each other such only own same again ever
        never always still even now today tonight tomorrow yesterday because while until
        though although feel feeling feels okay ok get got go going gonna wanna know think
        need want like one two something anything nothing everyone someone people thing
        things time day life way good well better best love help talk friend friends"""
    ),
    "fr": _words(
        """le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi
        dont où ce c cet cette ces se s sa son ses ma mon mes ta ton tes notre nos votre vos
        leur leurs je j tu il elle on nous vous ils elles me m te t lui y en ne n pas plus
        jamais rien personne très trop bien aussi encore déjà toujours souvent parfois
        avec sans pour par dans sur sous chez entre vers depuis pendant avant après contre
        est es suis sommes êtes sont était étaient être été avoir ai as avons avez ont avait
        fait faire peut peux veux va vais vas allez aller comme quand comment pourquoi si
        oui non merci bonjour salut aujourd'hui demain hier ça cela ceci tout tous toute
        toutes quelque chaque autre même moi toi soi c'est j'ai n'est t'es qu'il d'un d'une
        parce alors ici là vraiment beaucoup peu moins seul seule chose choses gens vie"""
    ),
    "es": _words(
        """el la los las lo un una unos unas y e o u pero sino ni que qué quien quién cual
        cuál cuando cuándo donde dónde como cómo porque por para con sin sobre entre hasta
        desde hacia durante contra según de del al a en se su sus mi mis tu tus nuestro
        nuestra vuestro yo tú él ella nosotros vosotros ellos ellas usted ustedes me te le
        les nos os no sí muy más menos ya también tampoco siempre nunca todavía aún
        es son era eran fue ser estar está están estoy estás estamos soy eres somos he
        has ha hemos han había hay haber tengo tiene tienes tenemos tienen hace hacer puedo
        puede quiero quieres voy vas va vamos van este esta esto estos estas ese esa eso
        esos esas aquel aquí allí así bien mal algo nada nadie alguien todo toda todos
        todas otro otra mismo cada hoy mañana ayer gracias hola sí vez veces pues bueno
        entonces mucho mucha muchos poco tan tanto solo sola cosa cosas gente vida"""
    ),
    "pt": _words(
        """o a os as um uma uns umas e ou mas nem que quem qual quando onde como porque
        por para pra pro com sem sobre entre até desde contra de do da dos das no na nos
        nas ao aos à às pelo pela pelos pelas num numa em se seu sua seus suas meu minha
        meus minhas teu tua nosso nossa eu tu você vocês ele ela eles elas nós me te lhe
        lhes não sim muito muita muitos mais menos já também sempre nunca ainda é são era
        eram foi ser estar está estão estou estamos sou somos tenho tem temos têm tinha
        há haver faz fazer posso pode quero quer vou vai vamos vão este esta isto estes
        estas esse essa isso esses essas aquele aquela aquilo aqui ali assim bem mal algo
        nada ninguém alguém tudo todo toda todos todas outro outra mesmo cada hoje amanhã
        ontem obrigado obrigada olá oi vez vezes então pouco tão tanto só coisa coisas
        gente vida né tá tô cê vc pq tb também"""
    ),
    "id": _words(
        """yang dan di ke dari untuk dengan pada dalam ini itu adalah ialah akan sudah
        telah belum tidak tak bukan juga atau tetapi tapi karena kalau jika agar supaya
        saya aku kamu anda dia ia kami kita mereka kalian nya -nya apa siapa mana kapan
        mengapa kenapa bagaimana gimana berapa ada bisa dapat harus mau ingin perlu boleh
        sedang lagi masih baru hanya cuma saja aja sangat banget sekali lebih paling semua
        setiap banyak sedikit hari ini besok kemarin sekarang nanti terima kasih makasih
        tolong ya iya enggak nggak gak ga udah dong sih deh kok nih tuh yuk lah kan pun
        oleh seperti kayak bagi tentang antara sampai setelah sebelum waktu orang hidup
        diri sendiri teman kesehatan jiwa cerita rasa merasa"""
    ),
    # Languages that are not supported but must be recognised as "none of these".
    "de": _words(
        """der die das den dem des ein eine einen einem einer und oder aber nicht kein keine
        ich du er sie es wir ihr mich mir dich dir uns euch mein dein sein ist sind war
        waren bin bist hat habe haben hatte wird werden wurde kann können muss mit von zu
        auf für an aus bei nach über unter vor durch ohne um wie was wer wo wann warum
        auch noch schon nur sehr heute morgen gestern ja nein danke bitte hallo gut
        nicht dass wenn weil denn doch mal jetzt hier da alles etwas nichts"""
    ),
    "it": _words(
        """il lo la i gli le un uno una e ed o ma che chi cui non di del della dei degli
        delle a al alla ai agli alle da dal dalla in nel nella nei con su sul sulla per tra
        fra io tu lui lei noi voi loro mi ti ci vi si mio mia tuo tua suo sua è sono sei
        siamo siete era erano essere ho hai ha abbiamo avete hanno fare fatto posso può
        voglio vado va come quando dove perché anche ancora già sempre mai molto più poco
        tutto tutti oggi domani ieri grazie ciao sì questo questa quello quella cosa"""
    ),
    "nl": _words(
        """de het een en of maar niet geen ik jij je hij zij ze wij we jullie mij me mijn
        jouw zijn haar ons onze is ben bent was waren heb hebt heeft hebben had wordt
        worden kan kunnen moet met van te op voor aan uit bij naar over onder door zonder
        om hoe wat wie waar wanneer waarom ook nog al alleen heel erg vandaag morgen
        gisteren ja nee dank bedankt hallo goed dat als omdat dan toch nu hier daar alles
        iets niets"""
    ),
    "tl": _words(
        """ang ng mga sa si ni kay na at ay ako ikaw ka siya kami tayo kayo sila ko mo niya
        namin natin ninyo nila ito iyan iyon dito diyan doon hindi oo opo po ba pa rin
        din lang lamang naman talaga kasi dahil pero kung para may mayroon wala ano sino
        saan kailan bakit paano salamat mahal kita ngayon bukas kahapon lahat isang"""
    ),
}

# Standard Malay words whose Indonesian counterpart differs (Indonesian form in the comment
# of the other list), plus Malaysian colloquial markers.
MALAY_MARKERS: frozenset[str] = _words(
    """kerana sahaja mahu awak percuma kesihatan ubat wang tandas polis jabatan nak sikit
    dah aje jom kat tengok hospital doktor pesakit jururawat bilik risau kemurungan
    beritahu bagaimanapun universiti maklumat sokongan kaunseling
    kakitangan mesyuarat sebarang memandu berbual"""
)
INDONESIAN_MARKERS: frozenset[str] = _words(
    """karena saja aja mau bisa kamu uang gratis kesehatan obat kantor polisi dokter pasien
    perawat kamar khawatir cemas depresi sedikit lihat nonton enggak nggak gak ngga udah
    banget dong sih deh kok nih tuh yuk gimana bikin kayak emang dapet makasih gue lo
    rumah sakit informasi dukungan konseling universitas memberi tahu mobil ngobrol"""
)
# Words present in both lists above (e.g. "kesihatan" vs "kesehatan" are distinct) are
# excluded when counting, so only contrastive evidence is used.

ENGLISH_TAGS: frozenset[str] = _words(
    """fyp foryou foryoupage fy fyi viral trending explore explorepage reels reel tiktok
    instagram insta instagood photooftheday love selfcare selflove selfcaresunday
    mentalhealth mentalhealthawareness mentalhealthmatters mentalhealthsupport
    mentalhealthmonth mentalwellness wellness wellbeing health healthy mindfulness
    mindset motivation inspiration anxiety depression therapy healing recovery
    stopthestigma endthestigma suicideprevention worldmentalhealthday bellletstalk
    youarenotalone itsokaynottobeokay psychology psychologist therapist wellnessjourney
    lifestyle life happy smile quotes quote positivevibes positivity gratitude
    meditation breathe ptsd ocd adhd bipolar burnout stress"""
)
