"""Regular verb conjugation for Spanish, Portuguese and French, from hand-written infinitives.

Spanish and Portuguese share most stems and many present-tense forms, but their past,
imperfect, subjunctive and future endings differ (habló / falou, hablaron / falaram,
hablaba / falava, hablase / falasse, hablarán / falarão). Generating the regular forms of
common verbs gives the detector those contrasts for words no list spells out. Irregular
verbs produce some forms that do not exist; they are harmless (nobody writes them).
French -er verbs are the regular majority of the language's verbs, and their endings
(-ez, -é(e)s, -aient) separate French words from English and Spanish look-alikes.
"""

from __future__ import annotations

INFINITIVES: dict[str, str] = {
    "es": """
        hablar trabajar estudiar llamar llegar llevar dejar quedar pasar mirar esperar buscar
        entrar tomar terminar ayudar cambiar pagar usar necesitar preguntar contestar explicar
        gustar amar cuidar cocinar limpiar caminar bailar cantar jugar ganar tocar viajar visitar
        comprar cortar regresar presentar preparar aceptar acabar acompañar alcanzar apoyar
        aprovechar avanzar bajar celebrar cerrar comentar compartir confiar considerar continuar
        crear dedicar descansar desarrollar disfrutar durar echar empezar encontrar enseñar
        escuchar evitar expresar formar funcionar gritar importar intentar invitar lograr
        luchar manejar marcar mejorar mencionar montar nadar notar olvidar organizar participar
        pensar publicar quitar realizar recordar respetar salvar sacar señalar superar tratar
        utilizar valorar votar preocupar molestar respirar relajar calmar llorar soñar sanar
        comer beber correr vender aprender comprender responder creer leer temer deber meter
        prometer romper sorprender ofrecer parecer conocer crecer merecer agradecer aparecer
        desaparecer establecer nacer obedecer pertenecer reconocer
        vivir escribir abrir recibir decidir subir sufrir permitir existir ocurrir compartir
        cumplir describir descubrir discutir dividir insistir partir unir asistir consumir
        definir exigir dirigir resistir
    """,
    "pt": """
        falar trabalhar estudar chamar chegar levar deixar ficar passar olhar esperar buscar
        entrar tomar terminar ajudar mudar pagar usar precisar perguntar responder explicar
        gostar amar cuidar cozinhar limpar caminhar dançar cantar jogar ganhar tocar viajar
        visitar comprar cortar voltar apresentar preparar aceitar acabar acompanhar alcançar
        apoiar aproveitar avançar baixar celebrar fechar comentar compartilhar confiar
        considerar continuar criar dedicar descansar desenvolver aproveitar durar começar
        encontrar ensinar escutar evitar expressar formar funcionar gritar importar tentar
        convidar conseguir lutar marcar melhorar mencionar montar nadar notar organizar
        participar pensar publicar tirar realizar lembrar respeitar salvar assinalar superar
        tratar utilizar valorizar votar preocupar incomodar respirar relaxar acalmar chorar
        sonhar curar conversar desabafar acreditar aguentar
        comer beber correr vender aprender compreender responder crer ler temer dever meter
        prometer romper surpreender oferecer parecer conhecer crescer merecer agradecer
        aparecer desaparecer estabelecer nascer obedecer pertencer reconhecer escolher esquecer
        viver escrever abrir receber decidir subir sofrer permitir existir ocorrer partilhar
        cumprir descrever descobrir discutir dividir insistir partir unir assistir consumir
        definir exigir dirigir resistir sentir seguir dormir
    """,
    # French first-group (-er) verbs are regular and written in every register; their
    # endings (-er, -ez, -é(e)(s), -ait, -aient, -ons) are what tells a French word from
    # its English or Spanish look-alike. A few second-group (-ir) verbs follow.
    "fr": """
        aimer parler penser trouver donner demander passer regarder rester arriver entrer
        porter montrer chercher rechercher appeler jouer tomber continuer travailler
        changer manger commencer essayer payer envoyer écouter aider ajouter accepter
        accompagner acheter adorer afficher aller amener annuler apporter apprécier arrêter
        attacher augmenter avancer baisser bouger briser brûler cacher calmer casser
        causer célébrer chanter chasser cliquer commander comparer compter confier
        consulter contacter copier coucher couper créer crier danser décider déclarer
        déplacer déposer désactiver activer dessiner deviner discuter douter
        durer échanger éclater éditer effacer éliminer embrasser emmener empêcher
        emporter emprunter encourager enlever enregistrer ensoleiller entraîner espérer
        éviter exister expliquer exprimer fermer fêter fixer former frapper gagner garder
        gérer gouverner habiter ignorer imaginer importer indiquer informer inquiéter
        installer inviter jeter laisser laver lever libérer livrer louer lutter manquer
        marcher marquer masquer mériter modifier monter noter oublier pardonner partager
        participer pleurer plier posséder poser pousser pratiquer préférer préparer
        présenter prêter prier profiter prononcer protéger proposer prouver quitter
        raconter ramener rappeler réaliser recommander récupérer redémarrer refuser
        réfléchir regretter remarquer remercier remplacer rencontrer rentrer renvoyer
        réparer répéter reposer respecter respirer retourner retrouver réveiller rêver
        rigoler risquer saluer sauter sauver sembler séparer signaler signer soigner
        sonner souhaiter supporter supprimer télécharger téléphoner terminer tirer
        toucher tourner traiter traverser tromper trier utiliser valider vérifier voler
        voter
        finir choisir réussir grandir guérir remplir agir bâtir réagir saisir définir
    """,
}

ENDINGS: dict[str, dict[str, str]] = {
    "fr": {
        "er": """e es ons ez ent ais ait ions iez aient ai as a âmes âtes èrent erai eras era
            erons erez eront erais erait erions eriez eraient é ée és ées ant er""",
        "ir": """is it issons issez issent issais issait issions issiez issaient irai iras
            ira irons irez iront irais irait iraient i ie ies issant ir""",
    },
    "es": {
        "ar": """o as a amos áis an é aste ó asteis aron aba abas ábamos abais aban aré arás
            ará aremos aréis arán aría arías aríamos aríais arían e es emos éis en ara aras
            áramos aran ase ases ásemos asen ado ada ados adas ando ar ad arse ándose""",
        "er": """o es e emos éis en í iste ió imos isteis ieron ía ías íamos íais ían eré
            erás erá eremos eréis erán ería erías eríamos eríais erían a as amos áis an iera
            ieras iéramos ieran iese ieses iésemos iesen ido ida idos idas iendo er ed erse""",
        "ir": """o es e imos ís en í iste ió isteis ieron ía ías íamos íais ían iré irás irá
            iremos iréis irán iría irías iríamos iríais irían a as amos áis an iera ieras
            iéramos ieran iese ieses iésemos iesen ido ida idos idas iendo ir id irse""",
    },
    "pt": {
        "ar": """o as a amos ais am ei aste ou astes aram ava avas ávamos áveis avam arei
            arás ará aremos areis arão aria arias aríamos aríeis ariam e es emos eis em asse
            asses ássemos assem ares armos arem ado ada ados adas ando ar ara áramos""",
        "er": """o es e emos eis em i este eu estes eram ia ias íamos íeis iam erei erás
            erá eremos ereis erão eria erias eríamos eríeis eriam a as amos ais am esse esses
            êssemos essem eres ermos erem ido ida idos idas endo er""",
        "ir": """o es e imos is em i iste iu istes iram ia ias íamos íeis iam irei irás irá
            iremos ireis irão iria irias iríamos iríeis iriam a as amos ais am isse isses
            íssemos issem ires irmos irem ido ida idos idas indo ir""",
    },
}


def conjugate(lang: str) -> frozenset[str]:
    """Regular forms of the listed verbs of `lang` (empty for other languages)."""
    forms: set[str] = set()
    endings = ENDINGS.get(lang, {})
    for infinitive in INFINITIVES.get(lang, "").split():
        stem, kind = infinitive[:-2], infinitive[-2:]
        for ending in endings.get(kind, "").split():
            forms.add(stem + ending)
    return frozenset(forms)
