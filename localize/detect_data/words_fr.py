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
