"""Common French words (content words and inflected forms), written by hand for detection."""

WORDS = """
temps an ans année années jour jours fois homme hommes femme femmes enfant enfants monde vie
main mains partie parties lieu cas semaine semaines entreprise entreprises système question
questions travail travaux travaille travailler gouvernement nombre nuit nuits point points maison
maisons eau pièce mère père maman papa argent histoire histoires fait faits mois droit droits
étude études livre livres œil yeux emploi mot mots affaire affaires problème problèmes côté sorte
tête famille familles heure heures service services ami amie amis amies pouvoir loi voiture ville
villes communauté nom noms président équipe minute minutes idée idées corps information
informations retour parent parents visage autres niveau bureau porte santé personne personnes
art guerre résultat résultats changement matin raison recherche fille filles garçon garçons
moment air professeur prof force éducation pied pieds âge politique musique marché sens nation
plan collège lycée école écoles intérêt mort expérience effet effets classe contrôle soin soins
développement rôle effort taux cœur médicament chef lumière voix épouse mari police esprit prix
rapport décision fils vue relation relations route bras différence chose choses valeur bâtiment
action modèle saison société impôt directeur poste joueur joueurs papier espace terre forme
événement événements matière centre couple site projet activité étoile table besoin tribunal
pétrole situation coût industrie image téléphone données photo pratique morceau terrain produit
médecin médecins mur patient patients travailleur nouvelles test film nord sud est ouest amour
soutien technologie étape bébé ordinateur type attention arbre source organisation cheveux
fenêtre preuve population vérité pensée pensées sentiment sentiments émotion émotions stress
anxiété angoisse dépression thérapie thérapeute psychologue psychiatre guérison rétablissement
bien-être tristesse solitude deuil peur peurs panique crise sommeil souffle respiration larmes
espoir courage gentillesse soi valeur lutte douleur suicide détresse écoute aide sensibilisation
stigmatisation trouble troubles maladie traitement symptômes diagnostic traumatisme épuisement
humeur mental mentale mentaux mentales émotionnel émotionnelle physique social sociale sociaux
personnel personnelle quotidien quotidienne honnête honnêtement seul seule triste tristes heureux
heureuse fatigué fatiguée épuisé épuisée anxieux anxieuse inquiet inquiète effrayé fâché calme
fort forte faible courageux fier fière reconnaissant désespéré perdu perdue submergé stressé
stressée déprimé déprimée brisé vivant profond vrai vraie faux fausse dur dure facile simple
difficile important importante importants possible disponible capable libre sûr clair certain
certaine entier entière plein pleine majeur public publique privé privée spécial principal
principale national nationale international internationale politique économique fédéral humain
humaine naturel naturelle médical médicale légal actuel actuelle récent récente jeune jeunes
vieux vieille nouveau nouvelle nouveaux nouvelles grand grande grands grandes petit petite petits
petites long longue court haut haute bas basse bon bonne bons bonnes mauvais mauvaise meilleur
meilleure pire dernier dernière prochain prochaine premier première deuxième troisième final
finale seul ouvert ouverte fermé fermée prêt prête rouge blanc blanche noir noire bleu bleue vert
verte jaune sombre chaud chaude froid froide riche pauvre beau belle beaux joli jolie laid
différent différente même semblable plusieurs divers énorme étrange drôle sérieux sérieuse rapide
rapidement lent lentement vite calme occupé malade sain fou folle sauvage
dire dit dis disent disait faire fais font faisait aller vais vas va allons allez vont allé
allée prendre prend prends pris prise voir vois voit vu vue venir viens vient venu venue savoir
sais sait savait su penser pense pensé pensait regarder regarde regardé vouloir veux veut voulu
voulait donner donne donné trouver trouve trouvé trouvait parler parle parlé parlez demander
demande demandé sembler semble semblait sentir sens sent senti essayer essaie essayé laisser
laisse laissé appeler appelle appelé garder garde gardé commencer commence commencé aider aide
aidé montrer montre montré entendre entends entendu jouer joue joué courir cours couru bouger
vivre vis vit vécu croire crois croit cru tenir tiens tient tenu apporter apporte écrire écris
écrit lire lis lit lu perdre perds perd perdu payer paie payé rencontrer rencontré inclure
continuer continue continué apprendre apprends appris comprendre comprends comprend compris
suivre suis suit suivi arrêter arrête arrêté créer créé ouvrir ouvre ouvert marcher marche
marché gagner gagne gagné offrir offert souvenir rappelle acheter acheté attendre attends attend
attendu servir mourir meurt mort envoyer envoie envoyé construire rester reste resté tomber
tombe tombé couper tué atteindre rester décider décidé pleurer pleure pleuré rire ris rit sourire
dormir dors dort manger mange mangé boire bois bu inquiéter détester blesser guérir partager
partage partagé publier vérifier mériter respirer respire détendre reposer écouter écoute écouté
manquer manque manqué remercier aimer aime aimé aimais adore adorer sortir sors sort sorti
partir pars part parti rentrer rentre devoir dois doit devait pouvoir peut pouvait falloir faut
fallait mettre mets met mis passer passe passé arriver arrive arrivé devenir devient devenu
sortir revenir revient connaître connais connaît connu paraître finir finit fini
merci bonjour bonsoir salut coucou désolé désolée pardon oui ouais non bref enfin voilà
quelque chose tout le monde quelqu'un personne rien chacun
moi-même toi-même lui-même elle-même nous-mêmes
aujourd'hui demain hier semaine week-end lundi mardi mercredi jeudi vendredi samedi dimanche
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
printemps été automne hiver matin midi après-midi soir soirée minuit
université étudiant étudiante étudiants classe classes enseignant examen examens devoirs boulot
patron collègue collègues frère frères sœur sœurs copain copine mariage divorce anniversaire
vacances fête fêtes nourriture repas petit-déjeuner déjeuner dîner café thé bière vin pain
viande poulet poisson fruits légumes banque salaire loyer facture magasin magasins courses
pays état états village île rivière montagne mer océan plage forêt météo pluie neige vent
soleil orage église dieu noël pâques prière foi âme
élection élections vote électeurs campagne ministre parlement assemblée économie croissance
inflation budget commerce chômage hôpital hôpitaux clinique infirmière infirmier médecine
vaccin virus cancer chirurgie football match championnat entraîneur supporters journal
journaux article articles magazine télévision radio internet vidéo vidéos appareil message
messages courriel texto bonheur beauté liberté égalité fraternité société qualité sécurité
réalité vérité activité communauté université capacité possibilité responsabilité
gouvernement mouvement développement sentiment traitement comportement environnement
seulement vraiment rapidement simplement exactement certainement évidemment finalement
toujours jamais souvent parfois beaucoup peu trop assez plutôt presque déjà encore ensuite
pourtant cependant toutefois néanmoins ainsi aussitôt ailleurs dedans dehors dessus dessous
pendant depuis jusqu'à auprès autour environ selon malgré parmi
chez nous chez moi pourquoi parce que puisque lorsque quoique
beaucoup d'amour prenez soin de vous
eux leur celui celle ceux celles lequel laquelle lesquels duquel auquel
été était étais étions étiez étaient sera serai seras serons serez seront serait seraient
avait avais avions aviez avaient aura aurai auras aurons aurez auront aurait auraient
fut furent soit soient ait aient eu eue
"""

# News and everyday vocabulary, and words spelled the same in neighbouring languages.
WORDS += """
abandon abandonné absence absolu absolument accepter accepté accident accidents accompagner
accord accords accueil accueillir accusé accès achat acheter acteur acteurs action actions
activité activités actrice actualité actuellement adapter addition administration admirable
adresse adulte adultes affaire affaires affiche afin africain africaine agence agences agent
agents agir agit agriculture agréable aide aider aidé ailleurs aimer ainsi air ajouter ajouté
album alcool alerte aliment alimentaire alimentation allemand allemande alliance alors amateur
ambiance ambition amende amis amour amoureux amélioration améliorer américain américaine analyse
ancien ancienne anciens anglais anglaise animal animaux anniversaire annonce annonces annoncé
annuel annuelle année années apparaît appareil appartement appel appeler appelé application
apprendre approche appui après-midi arbre arbres architecture argent armes armée arriver arrivé
arrivée arrêt art article articles artiste artistes aspect assemblée assez assistance
association assurance atelier attaque attaques atteint attendre attente attention attirer
attitude audience auteur auteurs autorité autorités autour autre autres avance avancer avant
avantage avantages avec avenir aventure avenue avion avions avis avocat avoir avril baisse
balance balle banque bas base bataille bateau battre beau beaucoup beauté besoin besoins
bibliothèque bien biens bientôt bilan billet bière blanc blessé blessés bleu bloc blog bois bon
bonheur bonne bord bouche bouger boulot bout boîte bras bref brillant budget bureau but bâtiment
bâtiments bête cabinet cable cadre café caisse calme camp campagne canal cancer candidat
candidats capable capacité capitale capture caractère carte cartes catégorie cause causes
centaine central centrale centre cercle certain certaine certains certes cesse chacun chaise
chambre champ champion championnat chance chances changement changer chanson chansons chanteur
chaque charge charges chat chaud chaîne chef chefs chemin cher chercher chercheurs cheval
chevaux cheveux chez chien chiens chiffre chiffres chinois choix chose choses chute château ciel
cinq cinéma circulation citoyen citoyens cité civil civile clair classe classique client clients
climat club clé code coin collection collège combat combien combination commande commencé
comment commentaire commerce commercial commerciale commission commun commune communes
communication compagnie complet complète complètement comprendre compte comptes comédie concept
concert concerts conclusion concours condition conditions conduite confiance conflit confort
confusion conférence connaissance connaître conseil conseils conserver considéré constitution
construction conséquence contact contenu contexte continuer contrat contre contribution contrôle
convention conversation corps correct couleur couleurs coup coupe coups cour courage courant
cours course court cousin couverture coût coûts crime crimes crise critique croissance création
créer cuisine culture culturel culturelle curieux célèbre cérémonie côté cœur danger dangereux
danse date dates degré demande demander demandé depuis dernier dernière dernièrement derrière
dessin destination dette deux devant devenir devoir difficile difficulté difficultés dimension
diminuer direct directement directeur direction discours discussion disponible distance
distribution divers diversité division dix document documents domaine domicile donc données
dossier double doute douze droite drôle dur durant durée début décembre décision décisions
déclaration défense défi démocratie départ département dépenses député désir détail détails
développer dîner eau effet effets efficace effort efforts empire emploi emplois employé employés
encore endroit enfance enfin engagement enquête ensemble ensuite entendre entier entièrement
entre entreprise entreprises entrer entrée envers envie environ environnement envoyer erreur
erreurs espace espoir esprit espèce espèces essai essayer essentiel est européen européenne
exactement examen excellent exemple exercice existe existence exister expansion expert experts
explication expliquer explosion exposition expression expérience extension extrême extérieur
fabrication face facile facilement faible faim faire famille fatigue faute faveur façon femme
femmes fenêtre fer ferme fermer festival feu feuille fichier fiction fidèle fille film films fin
final finale finance financement financier financière fleur fleurs flexible foi fonction
fonctionnement fond fonds football force forces formation forme formes fort forte forêt fou
foule frais français française froid fromage front fruit fruits frère fumée futur future fête
gagner garage garantir garder gare gauche gaz genre gens gentil geste gestion gloire
gouvernement goût grand grande grandes grands gratuit grave gros groupe groupes grâce guerre
guide général générale génération habitant habitants habitude haut hauteur herbe heure
heureusement histoire historique hiver homme hommes honneur horaire horrible hotel huile humain
humaine humanité humour héros hôpital hôtel ici identité idéal idée idées image images imaginer
immense immigration immédiatement impact importance important importante impossible impression
incroyable indiquer individu industrie indépendant infection infirmière inflation influence
information informations initiative innovation inquiétude installation instance instant
institution institutions instruction intelligence intention international internationale
internet interview intérieur intérêt invasion investissement invisible invité jardin jaune jeu
jeune jeunes jeux joie joli joueur joueurs jour journal journaliste journée jours juge jugement
juillet juin jusqu'à juste justice lac laisser lait langue langues large leader lecteur lecture
lettre lettres lever liberté libre lien liens lieu ligne lignes limite liste lit littérature
livre livres local locale location logement loi loin lois loisirs long longtemps lors lorsque
lourd lumière lune lutte léger législation machine magasin magazine magnifique main maintenant
maire mairie maison maisons majorité mal malade maladie malgré manger manière manque marche
marché mari mariage marque masse match matin matière matériel mauvais maître meilleur membre
membres menace mentale mention menu mer merveilleux message messages mesure mesures meurtre midi
militaire mille million millions minimum ministre minute minutes mission mode moderne modèle
moins mois moitié moment monde mondial mondiale montagne montant montrer morceau mort mot moteur
motion motivation mots mouvement moyen moyenne moyens municipal mur murs musique musée mètres
médecin médecine médias mémoire méthode métier métro nation national nationale nations nature
naturel naturelle neige nerveux nettement neuf nez niveau noir nom nombre nombreuses nombreux
normal normalement notable note notes notion nourriture nouveau nouvelle nuit numéro nécessaire
objectif objectifs objet objets obligation observation observer obtenir occasion odeur office
officiel offre oiseau ombre opinion opposition option options opération or orange ordinateur
ordre organisation organiser original origine oser ouvrage ouvrier page pages paix palais papier
paquet paradis parc parcours pareil parents parfait parfaitement parfois parler parole paroles
part partenaire partenaires participation particulier particulièrement partie parties partir
partout passage passion passé patience patrimoine pause pauvre payer paysage peau peine peintre
peinture pendant pension pensée perception perdre performance permanent permet permettre permis
permission personnage personnages personnalité perspective perte petit petite petits peuple peur
photo photos phrase physique pied pierre piste pièce place places plage plaisir plan plante
plantes planète plat plein pleine pluie plupart plusieurs plutôt poche poids point pointe points
poisson police politique pomme pont population port porte portes portion position possibilité
possible poste pouvoir pratique premier première prendre presque presse pression preuve
principal principe printemps priorité prison privé prix probable problème problèmes prochain
prochaine production produit produits professeur profession professionnel profit profond
programme progrès projet projets promenade promesse promotion proportion propos proposition
propre propriétaire protection province provision précis précise préférer préparation présence
présent présentation président prévu prêt public publication publique puis puissance puissant
pure période qualité quantité quartier quatre question questions quotidien race radio raison
raisons rapide rapport rapports rare recherche recours refus regard relation relations religion
remarque rencontre rendez-vous rendre renforcer rentrée repos représentant respect
responsabilité responsable ressources restaurant reste restrictions retour revenu revue reçu
riche rire risque risques rivière roman rouge route rue rural règle règles réaction réalisation
réalité récemment récit réduire réflexion région régions réponse réseau réseaux réserve
résidence résistance résultat réunion réussite rêve rôle sac saison salaire salle salon sang
santé satisfaction savoir science sciences scène secret secteur section sel semaine sens
sensible sentiment serveur service services session seuil signe silence simple simplement site
situation situations siècle siège social société soir soirée sol soldat soleil solution
solutions somme sommeil son sort sortie souci soudain souffrance souhait source soutien souvenir
souvent spectacle sport sports spécial stable stade stage station statut stratégie structure
style substance succès sucre suggestion suite sujet supérieur surface surprise surtout symbole
système séance sécurité série sérieux sœur table tableau taille tard tarif taux technique
technologie temps température tendance tenir tension terme terrain terre terrible territoire
texte thème thé théâtre tirer titre toit tombe total totalement touche tour tourisme tournée
tout trace tradition traditionnel train trait traitement tranquille transformation transition
transport travail travaux travers tribunal triste trois troisième tronc trouble troupe trouver
trésor type télé télévision tête union unique unité université urgence usage usine utile
utiliser vacances valeur valeurs variable variation variété vente verre vers version vert
victime victimes victoire vide vidéo vie vieille vieux village ville vin violence virus visage
visible vision visite visiteurs vitesse vivre voie voisin voisins voiture voix vol volonté
volume vote voyage vrai vraiment vue vérité zone âgé âgée échange école écoles économie
économique écrire écrit éducation égalité église élection élections électrique éloigné élève
élèves élément éléments énergie épisode époque équipe équipes établir établissement étage étape
état états étranger étrangers étude études évidemment éviter événement événements être île œuvre
œuvres
"""
