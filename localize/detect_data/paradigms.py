"""Irregular verb paradigms (es, pt, fr) and Indonesian derivation, written by hand.

The most frequent verbs of Spanish, Portuguese and French are irregular, so the regular
generator in `verbs.py` misses the forms people write most (hizo / fez / fit, pueden /
podem / peuvent). Indonesian builds most of its vocabulary from roots with a small set of
productive affixes (meN-, ber-, di-, ter-, pe(N)-, ke-...-an, -kan, -an, -i, -nya) whose
nasal assimilation is regular (tulis -> menulis, pakai -> memakai, kirim -> mengirim,
sapa -> menyapa), so the derived forms of a hand-written root list are generated here.
Forms a language shares with another are listed under both by the lexicon as usual; none
of this comes from any benchmark data.
"""

from __future__ import annotations

IRREGULAR: dict[str, str] = {
    "es": """
        soy eres es somos sois son era eras éramos erais eran fui fuiste fue fuimos fuisteis
        fueron sea seas seamos sean fuera fueras fuéramos fueran fuese seré serás será
        seremos serán sería serían sido siendo
        estoy estás está estamos estáis están estaba estaban estuve estuviste estuvo
        estuvimos estuvieron esté estés estén estuviera estado estando
        he has ha hemos habéis han había habías habíamos habían hube hubo hubieron haya
        hayas hayamos hayan hubiera hubieran habrá habría habrían habido hay
        tengo tienes tiene tenemos tenéis tienen tenía tenías teníamos tenían tuve tuviste
        tuvo tuvimos tuvieron tenga tengas tengamos tengan tuviera tendré tendrá tendremos
        tendrán tendría tendrían tenido teniendo
        voy vas va vamos vais van iba ibas íbamos iban vaya vayas vayamos vayan iré irá
        iremos irán iría ido yendo
        hago haces hace hacemos hacéis hacen hacía hacían hice hiciste hizo hicimos
        hicieron haga hagas hagamos hagan hiciera haré hará haremos harán haría harían
        hecho haciendo
        digo dices dice decimos decís dicen decía decían dije dijiste dijo dijimos dijeron
        diga digas digamos digan dijera diré dirá diremos dirán diría dicho diciendo
        puedo puedes puede podemos podéis pueden podía podían pude pudiste pudo pudimos
        pudieron pueda puedas podamos puedan pudiera podré podrá podremos podrán podría
        podrían podido pudiendo
        quiero quieres quiere queremos queréis quieren quería querían quise quisiste quiso
        quisimos quisieron quiera quieras queramos quieran quisiera querré querrá querría
        querido queriendo
        sé sabes sabe sabemos sabéis saben sabía sabían supe supiste supo supimos
        supieron sepa sepas sepamos sepan supiera sabré sabrá sabría sabido sabiendo
        veo ves ve vemos veis ven veía veían vi viste vio vimos vieron vea veas veamos
        vean viera veré verá verán vería visto viendo
        doy das da damos dais dan daba daban di diste dio dimos dieron dé des demos den
        diera daré dará darán daría dado dando
        vengo vienes viene venimos venís vienen venía venían vine viniste vino vinimos
        vinieron venga vengas vengamos vengan viniera vendré vendrá vendría venido viniendo
        pongo pones pone ponemos ponéis ponen ponía puse pusiste puso pusimos pusieron
        ponga pongas pongan pusiera pondré pondrá pondría puesto poniendo
        salgo sales sale salimos salen salía salió salieron salga salgan saldré saldrá
        saldría salido saliendo
        conozco conoces conoce conocemos conocen conocía conocí conoció conozca conozcan
        siento sientes siente sentimos sienten sentía sentí sintió sintieron sienta sientan
        sentido sintiendo pienso piensas piensa pensamos piensan piense piensen
        duermo duermes duerme dormimos duermen durmió durmieron duerma durmiendo
        muero mueres muere morimos mueren murió murieron muera muerto muriendo
        pido pides pide pedimos piden pidió pidieron pida pidan pidiendo
        sigo sigues sigue seguimos siguen siguió siguieron siga sigan siguiendo
        encuentro encuentras encuentra encontramos encuentran encuentre
        vuelvo vuelves vuelve volvemos vuelven volvió volvieron vuelva vuelto volviendo
        juego juegas juega jugamos juegan juegue empiezo empiezas empieza empiezan empiece
        cuento cuentas cuenta cuentan cuente recuerdo recuerdas recuerda recuerdan
        entiendo entiendes entiende entienden entienda traigo trae traen traje trajo
        trajeron traiga leo lee leen leyó leyeron leyendo oigo oyes oye oyen oyó oyeron
        oyendo creo crees cree creen creyó creyeron creyendo caigo cae caen cayó cayeron
        escrito abierto roto vuelto cubierto descubierto resuelto
    """,
    "pt": """
        sou és é somos sois são era eras éramos éreis eram fui foste foi fomos fostes foram
        seja sejas sejamos sejam fosse fosses fôssemos fossem for formos forem serei será
        seremos serão seria seriam sido sendo
        estou estás está estamos estais estão estava estavas estávamos estavam estive
        estiveste esteve estivemos estiveram esteja estejas estejamos estejam estivesse
        estivessem estiver estiverem estarei estará estaria estado estando
        hei hás há havemos hão havia haviam houve houveram haja hajam houvesse houver
        haverá haveria havido
        tenho tens tem temos tendes têm tinha tinhas tínhamos tinham tive tiveste teve
        tivemos tiveram tenha tenhas tenhamos tenham tivesse tivessem tiver tiverem terei
        terá teremos terão teria teriam tido tendo
        vou vais vai vamos ides vão ia ias íamos iam fui foi fomos foram vá vás vão irei irá
        iremos irão iria ido indo
        faço fazes faz fazemos fazeis fazem fazia fazias fazíamos faziam fiz fizeste fez
        fizemos fizeram faça faças façamos façam fizesse fizessem fizer fizerem farei fará
        faremos farão faria fariam feito fazendo
        digo dizes diz dizemos dizeis dizem dizia dizias dizíamos diziam disse disseste
        dissemos disseram diga digas digamos digam dissesse disser direi dirá diremos dirão
        diria dito dizendo
        posso podes pode podemos podeis podem podia podias podíamos podiam pude pudeste
        pôde pudemos puderam possa possas possamos possam pudesse pudessem puder puderem
        poderei poderá poderemos poderão poderia poderiam podido podendo
        quero queres quer queremos quereis querem queria querias queríamos queriam quis
        quiseste quisemos quiseram queira queiras queiramos queiram quisesse quiser
        quererei quererá quereria querido querendo
        sei sabes sabe sabemos sabeis sabem sabia sabias sabíamos sabiam soube soubeste
        soubemos souberam saiba saibas saibamos saibam soubesse souber saberei saberá
        saberia sabido sabendo
        vejo vês vê vemos vedes veem vêem via vias víamos viam vi viste viu vimos viram
        veja vejas vejamos vejam visse vissem vir virem verei verá veria visto vendo
        dou dás dá damos dais dão dava davam dei deste deu demos deram dê dês dêmos deem
        desse dessem der derem darei dará daria dado dando
        venho vens vem vimos vindes vêm vinha vinhas vínhamos vinham vim vieste veio viemos
        vieram venha venhas venhamos venham viesse viessem vier vierem virei virá viria
        vindo
        ponho pões põe pomos pondes põem punha punham pus puseste pôs pusemos puseram
        ponha ponham pusesse puser porei porá poria posto pondo
        saio sais sai saímos saem saía saíam saí saiu saíram saia saiam sairei sairá
        sairia saído saindo
        conheço conheces conhece conhecemos conhecem conhecia conheci conheceu conheça
        sinto sentes sente sentimos sentem sentia senti sentiu sentiram sinta sintam
        sentido sentindo penso pensas pensa pensamos pensam pense pensem
        durmo dormes dorme dormimos dormem dormiu dormiram durma dormindo
        morro morres morre morremos morrem morreu morreram morra morto morrendo
        peço pedes pede pedimos pedem pediu pediram peça peçam pedindo
        sigo segues segue seguimos seguem seguiu seguiram siga sigam seguindo
        leio lês lê lemos leem lia liam li leu leram leia leiam lido lendo
        ouço ouves ouve ouvimos ouvem ouvia ouvi ouviu ouviram ouça ouçam ouvido ouvindo
        creio crês crê cremos creem cria criam cri creu creram creia crido
        trago trazes traz trazemos trazem trazia trouxe trouxeram traga tragam trazido
        perco perdes perde perdemos perdem perdeu perderam perca percam perdido
        caibo cabe cabem coube valho vale valem valeu
        escrito aberto coberto descoberto morto aceito entregue ganho gasto pago
    """,
    "fr": """
        suis es est sommes êtes sont étais était étions étiez étaient fus fut fûmes furent
        sois soit soyons soyez soient fusse fût serai seras sera serons serez seront serais
        serait serions seriez seraient été étant
        ai as a avons avez ont avais avait avions aviez avaient eus eut eûmes eurent aie
        aies ait ayons ayez aient eusse eût aurai auras aura aurons aurez auront aurais
        aurait aurions auriez auraient eu ayant
        vais vas va allons allez vont allais allait allions alliez allaient allai alla
        allèrent aille ailles aillent irai iras ira irons irez iront irais irait iraient
        allé allée allés allées allant
        fais fait faisons faites font faisais faisait faisions faisiez faisaient fis fit
        fîmes firent fasse fasses fassions fassiez fassent ferai feras fera ferons ferez
        feront ferais ferait ferions feriez feraient faite faits faites faisant
        dis dit disons dites disent disais disait disions disiez disaient dirent dise
        disiez dirai dira dirons direz diront dirais dirait diraient dite dits dites disant
        peux peut pouvons pouvez peuvent pouvais pouvait pouvions pouviez pouvaient pus put
        purent puisse puisses puissions puissiez puissent pourrai pourras pourra pourrons
        pourrez pourront pourrais pourrait pourrions pourriez pourraient pu pouvant
        veux veut voulons voulez veulent voulais voulait voulions vouliez voulaient voulus
        voulut voulurent veuille veuilles veuillez veuillent voudrai voudras voudra
        voudrons voudrez voudront voudrais voudrait voudrions voudriez voudraient voulu
        voulant
        sais sait savons savez savent savais savait savions saviez savaient sus sut surent
        sache saches sachions sachiez sachent saurai sauras saura saurons saurez sauront
        saurais saurait saurions sauriez sauraient su sachant
        vois voit voyons voyez voient voyais voyait voyions voyiez voyaient vis vit vîmes
        virent voie voies verrai verras verra verrons verrez verront verrais verrait
        verraient vu vue vus vues voyant
        dois doit devons devez doivent devais devait devions deviez devaient dus dut durent
        doive doives doivent devrai devras devra devrons devrez devront devrais devrait
        devrions devriez devraient dû due dus dues devant
        viens vient venons venez viennent venais venait venions veniez venaient vins vint
        vinrent vienne viennes viendrai viendras viendra viendrons viendrez viendront
        viendrais viendrait viendraient venu venue venus venues venant
        tiens tient tenons tenez tiennent tenais tenait tint tienne tiendrai tiendra
        tiendrait tenu tenue tenant
        prends prend prenons prenez prennent prenais prenait prenions preniez prenaient
        pris prit prirent prenne prennes prendrai prendra prendrons prendrez prendront
        prendrais prendrait prendraient prise prises prenant
        mets met mettons mettez mettent mettais mettait mis mit mirent mette mettrai mettra
        mettrait mise mises mettant
        connais connaît connaissons connaissez connaissent connaissais connaissait connu
        connue connus connaisse connaîtrai connaîtra connaissant
        crois croit croyons croyez croient croyais croyait crus crut croie croirai croira
        croirait cru croyant
        pars part partons partez partent partais partait partis partit parte partirai
        partira partirait parti partie partis partant
        sors sort sortons sortez sortent sortais sortait sortis sortit sorte sortirai sortira
        sortirait sorti sortie sortant
        sens sent sentons sentez sentent sentais sentait sentis sentit sente sentirai
        sentira sentirait senti sentie sentant
        dors dort dormons dormez dorment dormais dormait dormi dormant
        écris écrit écrivons écrivez écrivent écrivais écrivait écrivit écrive écrirai
        écrira écrirait écrite écrits écrites écrivant
        lis lit lisons lisez lisent lisais lisait lut lise lirai lira lirait lu lue lisant
        vis vit vivons vivez vivent vivais vivait vécu vécut vive vivrai vivra vivrait
        vivant
        ouvre ouvres ouvrons ouvrez ouvrent ouvrait ouvrit ouvert ouverte ouvrant
        reçois reçoit recevons recevez reçoivent recevait reçu reçue recevant
        meurs meurt mourons mourez meurent mourait mourut mort morte mourant
        faut fallait fallu faudra faudrait faille pleut plu
        comprends comprend comprenons comprenez comprennent comprenait compris comprise
        apprends apprend apprenons apprenez apprennent apprenait appris apprise
        attends attend attendons attendez attendent attendait attendu attendue attendant
        réponds répond répondons répondez répondent répondait répondu répondant
        perds perd perdons perdez perdent perdait perdu perdue perdant
        entends entend entendons entendez entendent entendait entendu entendue entendant
        suis suit suivons suivez suivent suivait suivi suivie suivant
        peut-être tandis près tôt outre quelques aucun aucune
    """,
}

# Indonesian roots (verbs, nouns and adjectives that take the productive affixes).
ID_ROOTS = """
    ajar ajak ambil antar atur bahas baca bagi bangun bantu bawa bayar beli beri besar bicara
    buat buka buang cari catat cerita coba cuci curi daftar dapat datang dengar didik diam
    dorong duduk ganggu ganti gerak guna hadap hadir hapus harap hasil hemat hibur hidup
    hilang hitung hubung ikut ingat isi izin jaga jalan jawab jelas jual jatuh kabar kalah
    kasih kata kecil kejar kembang kenal kerja kirim kumpul kurang lahir lakukan laku lapor
    lari latih lawan lepas lihat lindung lupa luka main makan malu masak masuk minta minum
    mulai nikah nilai obat olah pakai panggil pasang pecah pegang pelihara pergi pikir pilih
    pimpin pindah pinjam pukul pulang rasa rawat rekam sakit salah sampai sapa sayang sebut
    sedih sehat selesai senang simpan sudah suka sumbang tahan tahu takut tambah tanam tanggung
    tangis tanya tarik tawar temu terima tidur tinggal tolong tonton tulis tunggu tunjuk tutup
    ubah ucap uji ulang undang untung urus usaha wujud yakin baik buruk indah mudah sulit
    cinta bersih sama satu dua tiga rumah sekolah kantor pasar kota desa negara orang anak
    kabar perintah khawatir cemas marah semangat sabar damai tenang aman bebas sedia tumbuh
    kembali aku kuat lemah cepat lambat dekat jauh panjang pendek tinggi rendah banyak
    """

_NASAL = (
    # first letter(s) -> (meN- prefix, letter dropped?) by nasal assimilation
    ("p", "mem", True),
    ("b", "mem", False),
    ("f", "mem", False),
    ("t", "men", True),
    ("d", "men", False),
    ("c", "men", False),
    ("j", "men", False),
    ("s", "meny", True),
    ("k", "meng", True),
    ("g", "meng", False),
    ("h", "meng", False),
)


def _men(root: str) -> str:
    """The meN- form of a root: pakai -> memakai, tulis -> menulis, kirim -> mengirim."""
    for first, prefix, drop in _NASAL:
        if root.startswith(first):
            return prefix + (root[1:] if drop else root)
    if root[0] in "aeiou":
        return "meng" + root
    return "me" + root  # l m n r w y


def indonesian_forms() -> frozenset[str]:
    """Affixed forms of the hand-written roots (some unattested ones are harmless)."""
    forms: set[str] = set()
    for root in ID_ROOTS.split():
        men = _men(root)
        pen = "pe" + men[2:]
        stems = {root, men, "ber" + root, "di" + root, "ter" + root, pen}
        forms.update(stems)
        for stem in (root, men, "di" + root, "ter" + root):
            forms.update(stem + suffix for suffix in ("kan", "i", "lah", "nya"))
        forms.update(
            {
                root + "an",
                root + "nya",
                pen + "an",
                "per" + root + "an",
                "ke" + root + "an",
                "se" + root,
                "memper" + root,
                "diper" + root,
                "memper" + root + "kan",
                "diper" + root + "kan",
                men + "kannya",
            }
        )
    return frozenset(forms)


def _inflect_es(word: str) -> set[str]:
    if word.endswith("o"):
        return {word + "s", word[:-1] + "a", word[:-1] + "as"}
    if word.endswith(("a", "e")):
        return {word + "s"}
    if word.endswith("ión"):
        return {word[:-2] + "ones"}
    if word.endswith("z"):
        return {word[:-1] + "ces"}
    if word.endswith(("l", "r", "n", "d")):
        return {word + "es"}
    return set()


def _inflect_pt(word: str) -> set[str]:
    if word.endswith("ão"):
        return {word[:-2] + "ões"}
    if word.endswith("o"):
        return {word + "s", word[:-1] + "a", word[:-1] + "as"}
    if word.endswith(("a", "e")):
        return {word + "s"}
    if word.endswith(("al", "ol", "ul")):
        return {word[:-1] + "is"}
    if word.endswith("el"):
        return {word[:-2] + "éis"}
    if word.endswith("m"):
        return {word[:-1] + "ns"}
    if word.endswith(("r", "z")):
        return {word + "es"}
    return set()


def _inflect_fr(word: str) -> set[str]:
    if word.endswith(("s", "x", "z")):
        return set()
    if word.endswith("al"):
        return {word + "e", word + "es", word[:-1] + "ux"}
    if word.endswith(("eau", "eu")):
        return {word + "x"}
    if word.endswith("eux"):
        return {word[:-1] + "se", word[:-1] + "ses"}
    if word.endswith("if"):
        return {word + "s", word[:-1] + "ve", word[:-1] + "ves"}
    if word.endswith(("el", "ien")):
        return {word + "s", word + word[-1] + "e", word + word[-1] + "es"}
    if word.endswith("e"):
        return {word + "s"}
    return {word + "s", word + "e", word + "es"}


def _inflect_en(word: str) -> set[str]:
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return {word[:-1] + "ies"}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return {word + "es"}
    return {word + "s"}


_INFLECT = {"es": _inflect_es, "pt": _inflect_pt, "fr": _inflect_fr, "en": _inflect_en}


def inflections(lang: str, words: frozenset[str] | set[str]) -> frozenset[str]:
    """Regular plural (and, for Romance adjectives, feminine) forms of listed words.

    Applied to nouns and adjectives alike, so some forms are unattested (harmless: nobody
    writes them); the lexicon drops forms that are another language's function words.
    """
    rule = _INFLECT.get(lang)
    if rule is None:
        return frozenset()
    return frozenset(form for word in words if len(word) > 2 for form in rule(word))
