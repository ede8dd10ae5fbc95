"""Common Spanish words (content words and inflected forms), written by hand for detection."""

WORDS = """
tiempo año años día días vez veces hombre hombres mujer mujeres niño niña niños niñas mundo vida
mano manos parte partes lugar lugares caso casos semana semanas empresa empresas sistema
sistemas pregunta preguntas trabajo trabajos trabaja trabajar gobierno número números noche
noches punto puntos casa casas agua habitación madre padre mamá papá dinero historia historias
hecho hechos mes meses derecho derechos estudio estudios libro libros ojo ojos empleo palabra
palabras negocio negocios problema problemas lado tipo cabeza familia familias hora horas
servicio servicios amigo amiga amigos amigas poder ley coche carro auto ciudad ciudades
comunidad nombre nombres presidente equipo minuto minutos idea ideas cuerpo información
regreso padres cara otros nivel oficina puerta salud persona personas arte guerra resultado
resultados cambio cambios mañana razón investigación chica chicas chico chicos momento aire
profesor profesora fuerza educación pie pies edad política música mercado sentido nación plan
colegio escuela escuelas interés muerte experiencia efecto efectos clase control cuidado
desarrollo papel esfuerzo tasa corazón droga medicamento jefe luz voz esposa esposo marido
policía mente precio informe decisión hijo hija hijos hijas vista relación relaciones calle
camino brazo brazos diferencia cosa cosas valor edificio acción modelo temporada sociedad
impuesto director puesto jugador jugadores registro papel espacio tierra forma evento eventos
materia centro pareja sitio proyecto actividad estrella mesa necesidad tribunal petróleo
situación costo industria figura imagen teléfono celular datos foto fotos práctica pedazo
terreno producto médico médicos pared paciente pacientes trabajador trabajadores noticias
prueba película películas norte sur este oeste amor apoyo tecnología paso bebé computadora
ordenador atención árbol fuente organización pelo cabello ventana evidencia población verdad
pensamiento pensamientos sentimiento sentimientos emoción emociones estrés ansiedad angustia
depresión terapia terapeuta psicólogo psicóloga psiquiatra recuperación bienestar tristeza
soledad duelo miedo miedos pánico crisis sueño respiración lágrimas esperanza fuerza valentía
bondad lucha dolor suicidio ayuda conciencia estigma trastorno trastornos enfermedad
tratamiento síntomas diagnóstico trauma agotamiento ánimo mental mentales emocional físico
física social sociales personal diario diaria honesto sinceramente solo sola triste tristes
feliz felices cansado cansada agotado agotada ansioso ansiosa preocupado preocupada asustado
asustada enojado enojada tranquilo tranquila fuerte fuertes débil valiente orgulloso orgullosa
agradecido agradecida bendecido desesperado perdido perdida abrumado abrumada estresado
estresada deprimido deprimida roto rota vivo viva profundo verdadero falso duro dura fácil
sencillo difícil importante importantes posible disponible capaz libre seguro segura claro
cierto entero lleno llena mayor público pública privado privada especial principal nacional
internacional político política económico económica federal humano humana natural médica
legal actual reciente joven jóvenes viejo vieja nuevo nueva nuevos nuevas grande grandes
pequeño pequeña pequeños largo larga corto corta alto alta bajo baja bueno buena buenos buenas
malo mala mejor peor último última próximo próxima primero primera segundo segunda tercero
final abierto abierta cerrado cerrada listo lista rojo roja blanco blanca negro negra azul
verde amarillo oscuro caliente frío fría rico rica pobre bonito bonita hermoso hermosa feo
diferente mismo misma similar varios varias enorme extraño raro gracioso serio seria rápido
rápidamente lento despacio callado ocupado enfermo sano loco loca salvaje
decir dice dicen dijo dije diciendo hacer hace hacen hizo hice hecho haciendo ir voy vas va
vamos van fue fui ido yendo tomar toma tomó tomado ver veo ves ve vio visto viendo venir viene
vienen vino saber sé sabe saben sabía pensar pienso piensa pensó mirar mira miró querer quiero
quiere quieren quería dar doy da dio dado encontrar encuentro encontró hablar hablo habla
habló hablando preguntar parecer parece parecía sentir siento siente sintió me siento intentar
intento dejar deja dejó llamar llama llamó mantener empezar empieza empezó comenzar ayudar
ayuda ayudó mostrar muestra escuchar escucha escuchó oír oigo jugar juega jugó correr mover
vivir vivo vive vivió creer creo cree creyó llevar lleva trajo escribir escribe escribió leer
lee leyó perder pierdo pierde perdió pagar paga pagó conocer conozco conoce incluir seguir
sigue siguió aprender aprende entender entiendo entiende entendió comprender parar crear creó
abrir abre abrió caminar camina ganar gana ganó ofrecer recordar recuerdo recuerda comprar
compró esperar espero espera esperó servir morir muere murió enviar envió construir quedarse
queda quedó caer cae cayó cortar matar llegar llega llegó decidir decidió llorar llora lloré
reír ríe sonreír dormir duermo duerme comer come comió beber bebe preocuparse odiar odio
lastimar sanar compartir comparte publicar revisar merecer merece respirar respira relajarse
descansar extrañar extraño agradecer amar amo ama encanta gusta gustan salir sale salió
volver vuelve volvió deber debe debo debía poner pone puso pasar pasa pasó convertirse
terminar termina terminó necesitar necesito necesita
gracias hola adiós perdón lo siento vale claro bueno pues oye mira ojalá
algo alguien nadie nada todo todos cada uno
hoy mañana ayer semana fin lunes martes miércoles jueves viernes sábado domingo
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
primavera verano otoño invierno tarde medianoche mediodía
universidad estudiante estudiantes maestro maestra examen exámenes tarea jefe compañero
compañera compañeros hermano hermana hermanos novio novia boda matrimonio divorcio cumpleaños
vacaciones fiesta fiestas comida desayuno almuerzo cena café té cerveza vino pan carne pollo
pescado fruta verduras banco sueldo salario alquiler renta cuenta tienda tiendas compras
país países estado estados pueblo isla río montaña mar océano playa bosque clima lluvia nieve
viento sol tormenta iglesia dios navidad pascua oración fe alma espíritu
elección elecciones voto votantes campaña congreso senado ministro parlamento economía
crecimiento inflación presupuesto comercio desempleo hospital hospitales clínica enfermera
enfermero medicina vacuna virus cáncer cirugía fútbol partido liga campeonato entrenador
afición periódico artículo artículos revista televisión radio internet video videos cámara
mensaje mensajes correo felicidad libertad igualdad sociedad calidad seguridad realidad
verdad actividad comunidad universidad capacidad posibilidad responsabilidad ciudad
gobierno movimiento desarrollo sentimiento tratamiento comportamiento ambiente
solamente realmente rápidamente simplemente exactamente ciertamente finalmente
siempre nunca jamás muchas veces mucho poco demasiado bastante casi todavía aún luego
después antes entonces además sin embargo aunque mientras durante según hacia desde hasta
dentro fuera encima debajo alrededor cerca lejos aquí allá ahí acá
porque por qué para qué cuándo dónde cómo cuánto cuánta cuántos
muchísimo muchísimas poquito ahorita chido padre neta güey wey chamba plata onda
había habían habrá hubo haya hayan sería serían estaba estaban estuvo esté estén
fuera fueron fuimos seré será serán sea sean tenía tenían tuvo tenga tengan
usted ustedes vosotros nosotras ellas ellos suyo suya nuestro nuestra
esta noche buenas noches buenos días buenas tardes cuídate ánimo fuerza
"""

# News and everyday vocabulary, and words spelled the same in neighbouring languages.
WORDS += """
abajo abierto abogado abrazo abril absoluto abuela abuelo acaba acabar acabó academia acceso
accidente acciones acción aceite aceptar acerca acompañado acompañar acontecimiento acordar
actividades actor actores actriz actual actualidad actualmente acudir acuerdo acuerdos adecuado
adelante además administración admirable adolescente adolescentes adulto adultos aeropuerto
afectado afirmó agencia agosto agradable agregó agricultura agua aguas ahora aire alcalde
alcanzar alcohol alegría alemana alemán alguna algunas alguno algunos alimentación alimentos
alma alrededor alta altura alumno alumnos amante amarillo ambiente ambos americana americano
amistad animal anterior anteriores antigua antiguo anunció análisis aparecer apenas aplicación
apoyo aprender aprovechar aquella aquellas aquellos archivo argentina arma armas arriba arte
artista artistas artículo asegurar asesinato asimismo aspecto aspectos atención aumento aunque
autor autores autoridad autoridades avance avenida avión ayer ayuda ayudar ayuntamiento azúcar
año años baile bajo banco bandera bar barco barrio base bastante batalla baño bebé belleza
beneficio beneficios biblioteca bienes blanco boca bolsa bolso bonito brazo brazos breve buen
buena bueno buenos buscar búsqueda caballo cabeza cabo cada cadena caer café caja calidad calle
calles calor cama cambiar camino camisa campaña campo campos canal canciones canción candidato
cantidad capacidad capital cara cargo carne carrera carretera carta carácter casa casi caso
casos castellano catorce causa celebración cena central centro cerca cerebro cero chef chocolate
cielo cien ciencia ciencias científico cierto cinco cine circular cita ciudad ciudadanos civil
claro clase clases clave cliente clientes club coche cocina colección colegio color comentario
comentarios comenzó comercial comercio comida comienzo comisión como compañero compañeros
compañía competencia completo compra comprar comunicación comunidad común concierto condiciones
conferencia confianza conflicto conjunto conocer conocimiento consecuencia consejo construcción
consumo contacto contenido contexto contigo contra contrario contrato control corazón correo
corriente cortar corto cosa costa crecimiento creer criminal crisis cristiano cruz crédito
cuadro cual cualquier cuanto cuarto cuatro cuello cuenta cuento cuerpo cuestión cuidado culpa
cultura cultural curso cárcel datos daño debate deber decisión dedo defensa dejar delante delito
demanda demasiado democracia demás dentro deporte deportes derecha derechos desarrollo desastre
descanso desde deseo despacho después destino detalle detalles detrás deuda diario diciembre
diez diferencia diferencias diferente diferentes difícil digital dinero dios dirección directo
director directora disco discurso diseño distancia distintos doctor documento documentos dolor
domingo dos drama drogas duda dueño durante económica económico edad edificio editor educación
efecto ejemplo ejército elección electoral elementos embargo emergencia empleo empresa empresas
encuentro energía enero enfermedad enfermedades enorme ensayo entender entidad entonces entrada
entre entrevista equipo equipos error escena escenario escribir escritor escuela espacio españa
español española españoles especial especialmente especie espera esperanza esposa espíritu
esquina estación estado estados estilo estrategia estrella estructura estudiante estudiantes
estudio estudios etapa europa europeo evento eventos evidente exactamente examen excelente
existe experiencia explicación exposición exterior extranjero extraño factor falta familia
familiar famoso fatal favor febrero fecha federal felicidad feliz fenómeno festival fiesta
figura fin final finalmente firma flexible flor flores fondo forma formación formal foto fotos
francesa francés frase frente fruta fuego fuente fuera fuerte fuerzas función futbol futuro
fácil fútbol ganar gas gasto generación general gente global gobierno golpe gradual gran grande
grandes grave gripe grupo grupos guerra gusto habitantes habla hablar hacia hambre hasta hecho
hermano hermanos hermosa hijo hijos historia hogar hombre hombres honor hora horas horrible
horror hospital hotel hoy huevo humano humanos humor idea ideal ideas idioma iglesia igual
imagen importancia importante imposible imágenes incluso individual industria industrial
inevitable inferior información inicio instituto interior internacional internet interés
investigación invierno invisible isla izquierda jamás jardín joven juego juegos jueves juez
jugar julio junio junta junto justicia juventud jóvenes labor lado lago largo leche lectura
legal lejos lengua letra ley leyes liberal libertad libre libro libros lista literatura llamada
llegada lleno llevar lluvia local lograr luego lugar luna lunes luz líder límite línea madre
maestro mal mano manos manual mapa mar marca marcha martes marzo material mayo mayor mayoría
mañana medicina medida medidas medio medios mejor memoria menor menos mensaje mental mente
mercado mes mesa metal metro miedo miembro miembros mientras mil militar millones millón mineral
ministro minuto mirada misión mitad miércoles modelo moderno modo momento momentos moneda
monitor montaña moral morir mostrar motivo motor movimiento muchacha muchacho muerte muerto
mujer mujeres mundial mundo municipal museo musical máquina más médico música nacional natural
naturaleza necesario necesidad negocio neutral ninguna ninguno nivel noche nombre norma normal
nota notable noticia noticias novela novia novio nuclear nuevo nuevos nunca número objetivo obra
obras ocho octubre ocupar océano oferta oficial oficina ojos olor once opción operación opinión
oportunidad oral orden organización origen original oro otoño padre padres pago palabra palabras
pan pantalla papel paquete par parece pared pareja parque parte participación particular partido
pasado pasión paso paz país países pecho pedir peligro pelo película pena pensamiento peor
pequeño perfecto periodista periódico permiso perro persona personaje personal personas peso
piano piedra piel pierna piso plan planeta planta plata playa plaza plural población pobre poco
poder poema poesía policía política político políticos popular porque posibilidad posible
posición posterior precio pregunta premio prensa presencia presente presidente presión primavera
primer primera primero principal principio prisión privado probable problema problemas proceso
producción producto productos profesional programa programas progreso proyecto proyectos prueba
pruebas publicidad pueblo pueblos puerta puerto punto puntos pájaro pérdida quedar queso quince
radio rato razón real realidad recuerdo recurso recursos red redes región regla regular relación
religión resto resultado reunión revista rey riesgo ritmo rojo ropa rostro ruido rural río sala
salida salud sangre secreto sector seguridad seguro seis selección semana sentido ser serie
servicio señal señor señora siempre siete siglo significa silencio similar simple singular
sistema sitio situación sobre social sociedad sol solar soldado solución sombra sonido sonrisa
suelo suerte sueño superior sur sábado símbolo tamaño también tampoco tanto tarde tarea taxi
teatro tecnología tema temas temporada tener tercer terreno terrible territorio terror texto
tiempo tienda tierra tipo todavía total trabajador trabajadores trabajo tradición traje
tranquilo tras tratamiento través tren tres tribunal tropa tropical tráfico turismo tutor
técnica título universal universidad uno urgente uso usuario usuarios valor valores variable
varios vecino vecinos veinte venta ventana verano verdad verde vestido viaje vida video viejo
viento viernes vino violencia virus visible visita vista visual vital vivienda voluntad voz
vuelta víctima víctimas vídeo zona árbol árboles área áreas época éxito último única único
"""
