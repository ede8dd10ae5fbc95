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
