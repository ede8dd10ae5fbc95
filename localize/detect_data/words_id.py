"""Common Indonesian words (standard and informal), written by hand for detection."""

WORDS = """
waktu tahun hari kali orang manusia laki-laki pria perempuan wanita anak anak-anak dunia hidup
kehidupan tangan bagian tempat kasus minggu perusahaan sistem pertanyaan pekerjaan kerja bekerja
pemerintah pemerintahan nomor angka jumlah malam titik rumah air kamar ibu ayah bapak mama papa
uang cerita sejarah fakta bulan hak belajar pelajaran buku mata pekerjaan kata kata-kata bisnis
usaha masalah persoalan sisi jenis kepala keluarga jam layanan pelayanan teman sahabat kawan
kekuatan kuasa hukum undang-undang mobil kota komunitas masyarakat nama presiden tim menit ide
gagasan tubuh badan informasi kembali orang tua wajah muka lainnya tingkat kantor pintu kesehatan
seni perang hasil perubahan pagi alasan penelitian gadis anak laki-laki saat momen udara guru
dosen pendidikan kaki umur usia kebijakan politik musik pasar rasa bangsa negara rencana sekolah
kampus minat kematian pengalaman efek pengaruh kelas kontrol perawatan pengembangan pembangunan
peran upaya usaha tingkat hati jantung obat pemimpin cahaya lampu suara istri suami polisi
pikiran harga laporan keputusan putra putri pandangan hubungan jalan lengan perbedaan hal
barang nilai gedung bangunan tindakan model musim pajak direktur posisi pemain kertas ruang
tanah bentuk acara peristiwa pejabat soal pusat pasangan situs proyek kegiatan bintang meja
kebutuhan pengadilan minyak situasi biaya industri gambar foto telepon ponsel data praktik
latihan produk dokter dinding pasien pekerja berita tes ujian film utara selatan timur barat
cinta dukungan teknologi langkah bayi komputer perhatian pohon sumber organisasi rambut
jendela bukti penduduk kebenaran perasaan emosi stres kecemasan cemas depresi terapi terapis
psikolog psikiater pemulihan kesejahteraan kesedihan kesepian duka ketakutan takut panik krisis
tidur napas nafas pernapasan air mata harapan keberanian kebaikan perjuangan sakit rasa sakit
bunuh diri bantuan kesadaran stigma gangguan penyakit pengobatan gejala diagnosis trauma
kelelahan suasana hati mental jiwa kejiwaan emosional fisik sosial pribadi harian jujur
sendirian sedih senang bahagia gembira capek lelah letih khawatir takut marah kesal tenang
kuat lemah berani bangga bersyukur putus asa hilang tersesat stres tertekan hancur hidup
dalam benar salah keras mudah sederhana sulit susah penting mungkin tersedia mampu bebas
pasti jelas tertentu seluruh penuh utama umum publik swasta khusus nasional internasional
ekonomi federal alami alamiah medis hukum saat ini baru muda tua lama besar kecil panjang
pendek tinggi rendah baik bagus buruk jelek terbaik terburuk lebih baik terakhir berikutnya
pertama kedua ketiga akhir terbuka tertutup siap merah putih hitam biru hijau kuning gelap
panas dingin kaya miskin cantik indah ganteng tampan berbeda sama mirip beberapa berbagai
besar sekali aneh lucu serius cepat pelan pelan-pelan lambat diam sibuk sehat gila liar
berkata bilang mengatakan membuat bikin pergi berangkat mengambil ambil melihat lihat liat
datang tahu mengetahui tau berpikir mikir memikirkan menonton nonton ingin pengen pingin
memberi memberikan kasih menemukan berbicara bicara ngomong bertanya tanya terlihat kelihatan
merasa merasakan ngerasa mencoba coba meninggalkan memanggil panggil menjaga jaga memulai
mulai membantu bantu menunjukkan mendengar dengar denger mendengarkan bermain main berlari
lari bergerak tinggal percaya membawa bawa menulis tulis membaca baca kehilangan membayar
bayar bertemu ketemu termasuk melanjutkan lanjut mempelajari mengerti paham memahami ikut
mengikuti berhenti henti menciptakan membuka buka berjalan jalan-jalan menang menawarkan ingat
mengingat membeli beli menunggu tunggu melayani meninggal mati mengirim kirim membangun
jatuh memotong membunuh mencapai memutuskan menangis nangis tertawa ketawa tersenyum senyum
makan minum khawatir membenci benci menyakiti sembuh menyembuhkan berbagi cerita curhat
memeriksa cek pantas bernapas bersantai santai istirahat rindu kangen berterima berterimakasih
mencintai sayang suka keluar pulang harus wajib menaruh taruh lewat menjadi jadi selesai
butuh membutuhkan perlu memerlukan
terima kasih makasih halo hai selamat pagi siang sore malam tinggal jalan maaf permisi tolong
iya ya enggak nggak gak ngga tidak bukan oke sip mantap wah aduh astaga
sesuatu seseorang siapa-siapa semuanya segalanya apa-apa
hari ini besok kemarin minggu depan akhir pekan senin selasa rabu kamis jumat sabtu minggu
januari februari maret april mei juni juli agustus september oktober november desember
musim hujan kemarau pagi siang sore malam tengah malam
universitas mahasiswa mahasiswi siswa murid pelajar guru ujian tugas bos atasan rekan kerja
kakak adik saudara pacar pernikahan nikah cerai ulang tahun liburan pesta makanan sarapan
makan siang makan malam kopi teh bir anggur roti daging ayam ikan buah sayur bank gaji sewa
tagihan toko belanja pasar negeri provinsi kabupaten desa kampung pulau sungai gunung laut
samudra pantai hutan cuaca hujan salju angin matahari badai gereja masjid tuhan allah natal
lebaran idul fitri ramadan puasa doa iman jiwa roh pemilu pemilihan suara kampanye dpr
menteri parlemen ekonomi pertumbuhan inflasi anggaran perdagangan pengangguran rumah sakit
klinik perawat suster kedokteran vaksin virus kanker operasi sepak bola pertandingan liga
pelatih penggemar koran surat kabar artikel majalah televisi radio internet video kamera
pesan surel kebahagiaan kebebasan kesetaraan masyarakat kualitas keamanan kenyataan
kegiatan kemampuan kemungkinan tanggung jawab pergerakan gerakan perkembangan perlakuan
perilaku lingkungan hanya benar-benar cepat-cepat sebenarnya akhirnya selalu tak pernah
sering kadang kadang-kadang banyak sedikit terlalu cukup hampir masih segera lalu kemudian
setelah sebelum jadi selain namun meskipun walaupun sementara selama menurut ke arah sejak
hingga di dalam di luar di atas di bawah sekitar dekat jauh sini situ sana
kenapa mengapa bagaimana gimana kapan dimana di mana berapa
bersama-sama sendiri-sendiri masing-masing orang-orang hal-hal
semangat jaga diri baik-baik peluk sayangi dirimu kamu tidak sendirian kita bisa
dirimu dirinya diriku hatimu hatiku pikiranmu perasaanmu ceritamu
berbagi bercerita berjuang berusaha bertahan berharap bersama berada berarti bersyukur
terus tetap lagi sudah udah belum pernah sedang lagi masih akan mau
kesehatan mental kesehatan jiwa layanan konseling psikologis dukungan sebaya
menjadi menjaga menerima menghadapi mengatasi mengelola mencari meminta mendapatkan
menyadari merawat melakukan memiliki punya mempunyai menggunakan memakai pakai
"""

# News and everyday vocabulary, and words spelled the same in neighbouring languages.
WORDS += """
abad acara adik agama agar agustus ahli air akan akhir akhirnya akibat aksi aktif aktivitas alam
alamat alasan alat alhamdulillah aman ambil anak anak-anak anggota angka antara apabila apakah
api aplikasi april arah arti artinya asal asing assalamualaikum atas atau awal awalnya ayah ayo
bagaimana bagi bagian bahagia bahan bahasa bahkan bahwa baik bakal balik bandara bang banget
bangun bangunan banjir bank banyak bapak-bapak baper barang barat baru batas bawah bebas
beberapa begini begitu bekerja belajar belakang beli belum benar bentuk berada berarti berat
berbagai berbeda berdasarkan berhasil berikut berita berjalan berkembang bermain bersama
bersyukur besar bete betul biasa biasanya biaya bidang bila bisa bisnis bola bosen bu bukan buku
bulan bumi bunga buruk butuh capek cara cemas cepat cerita cinta coba contoh cukup cuma curhat
daerah dalam dampak dana dapat dapatkan darah dari dasar data datang deh dek demikian dengan
depan depresi derajat desa dewan dewasa dia diberikan dibuat didapat digunakan diketahui
dilakukan dimana dini dirinya disebut dokter dong dua dulu dunia ekonomi empat enak gabut galau
gambar ganti gaya gedung gelisah gemes gerakan gila gini gitu gunung guru habis hak hal halaman
hampir hanya harapan harga hari harus hasil hati hebat hidup hilang hingga hitam hubungan hujan
hukum hutan ibu ibu-ibu ikan ikhlas ikut ilmu indah informasi ingin ini insya inti isi istri itu
jadi jalan jalur jam jarang jauh jawab jawaban jelas jenis jika juga juli jumat jumlah juni
kabar kabupaten kadang kak kaki kalah kalau kali kalian kamar kami kampung kamu kan kanan kantor
kapan karena karya kata katanya kayak kayaknya kayu ke keadaan keamanan kebakaran keberhasilan
kebijakan kebutuhan kecewa kecil kedua kegiatan kehidupan kejadian kekuatan kelas keluar
keluarga kembali kemudian kenapa kepada kepala kepo kepolisian keren kerja kerjasama kertas
kesal kesempatan kesepian ketika ketua khawatir khusus kini kiri kita kok koran korban kota
kualitas kuat kurang lagi lahir lain lainnya lalu lama lambat langsung lantai laut layanan lebih
lelah lewat lho lihat lingkungan loh lokasi luar luas lucu lupa maaf macam mager mahal mahasiswa
main maka makan makanan malah malam mampu mana mantap marah mas masa masalah masih masuk
masyarakat mata mati mau mbak melakukan melalui melihat memang memberikan membuat memiliki
mempunyai menang menjadi menunjukkan menurut merah mereka mudah-mudahan mulai mungkin murah
musik naik nama namun nasional negara negeri nih nilai nomor nongkrong nyata om orang organisasi
padahal pagi pajak pak paling panas panjang pantai para parah pasar pasti pasukan pekerjaan
pelajaran pemain pembangunan pemerintah penduduk penelitian pengalaman pengguna penting penyakit
perempuan pergi perlu pernah persen pertama pertandingan perusahaan pesawat petugas pihak pikir
pilihan pindah pintu polisi politik presiden produk program proses provinsi pukul pulang pulau
punya pusat putih putusan raja rakyat ramai rapat rasa rata-rata receh rencana rendah ribu rumah
rusak saat sabar saja sakit salah sama sambil sampai sangat santai satu saudara sawah sayang
sebab sebagai sebelum sebuah secara sedang sedangkan sedih sedikit segera sehari-hari sehingga
sejak sejarah sekali sekarang sekitar sekolah selalu selama selamat selatan seluruh semakin
semangat sementara sempat semua senang sendiri seorang sepeda seperti seribu sering serta sesuai
setelah setiap siang siap siapa sih sikap sisi soal sosial stres suami suara sudah suka sukses
sulit sumber sungai surat susah tadi tahu tahun tak takut tambah tampil tanah tangan tanggal
tanpa tante tapi tarik tawa teknologi telah teman tempat tenang tengah tentang tentu terakhir
terbaik terhadap terjadi terkait termasuk tersebut tertentu terus tetap tetapi tidak tiga tiket
timur tinggal tinggi tingkat tua tubuh tugas tuh tujuan tulis tumbuh turun uang ujung ukuran
umum umur untuk usaha utama wajah wakil waktu walaupun wanita warga warna wilayah yaitu yakni
yang yuk
"""
