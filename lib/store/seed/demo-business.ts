// Seed content for the demo business at /demo. Data only: the seeding code and the image
// generator (render-demo-images.ts) both read from here, so every product gets an image.

export interface SeedProduct {
  sku: string;
  collection: string;
  name: string;
  description: string;
  price: number;
  stock: number;
  options: Array<{ name: string; values: string[] }>;
  images: string[];
}

export interface SeedCollection {
  slug: string;
  name: string;
  position: number;
}

export interface SeedBusiness {
  slug: 'demo';
  name: string;
  about: string;
  description: string;
  address: string;
  email: string;
  website: string;
  phone: string;
  avatarUrl: '/images/demo/avatar.webp';
  timezone: 'Asia/Jakarta';
  hours: Record<'0' | '1' | '2' | '3' | '4' | '5' | '6', Array<[string, string]>>;
  greetingText: string;
}

export const demoBusiness: SeedBusiness = {
  slug: 'demo',
  name: 'Griya Nusantara',
  about:
    'Batik, kerajinan tangan, dan kopi langsung dari perajin dan petani Nusantara. Dikirim dari Yogyakarta.',
  description:
    'Griya Nusantara adalah toko kecil di Prawirotaman, Yogyakarta, yang menjual batik, kerajinan, dan kopi langsung dari perajin dan petani di berbagai daerah. ' +
    'Kami mengenal sebagian besar pembuatnya secara pribadi, dari pembatik di Pekalongan dan Solo sampai petani kopi di dataran tinggi Gayo. ' +
    'Pesanan dikirim ke seluruh Indonesia setiap Senin sampai Sabtu.',
  address: 'Jl. Prawirotaman II No. 18, Brontokusuman, Mergangsan, Yogyakarta 55153',
  email: 'halo@griyanusantara.example',
  website: 'https://griyanusantara.example',
  phone: '+62 812 2700 4518',
  avatarUrl: '/images/demo/avatar.webp',
  timezone: 'Asia/Jakarta',
  hours: {
    '0': [],
    '1': [['09:00', '21:00']],
    '2': [['09:00', '21:00']],
    '3': [['09:00', '21:00']],
    '4': [['09:00', '21:00']],
    '5': [['09:00', '21:00']],
    '6': [['10:00', '18:00']],
  },
  greetingText:
    'Halo! 👋 Selamat datang di Griya Nusantara. Ada yang bisa kami bantu? Lihat katalog kami lewat tombol Katalog di atas, atau tanyakan langsung soal ukuran, bahan, dan ongkos kirim di sini.',
};

export const demoCollections: SeedCollection[] = [
  { slug: 'batik', name: 'Batik', position: 0 },
  { slug: 'kerajinan', name: 'Kerajinan Tangan', position: 1 },
  { slug: 'kopi', name: 'Kopi Nusantara', position: 2 },
];

const GILINGAN = ['Biji utuh', 'Bubuk kasar', 'Bubuk sedang', 'Bubuk halus'];

export const demoProducts: SeedProduct[] = [
  // Batik
  {
    sku: 'kemeja-batik-parang',
    collection: 'batik',
    name: 'Kemeja Batik Parang Klitik',
    description:
      'Kemeja lengan pendek dari katun primisima dengan motif parang klitik warna sogan, batik cap dari Laweyan, Solo. Potongan reguler dengan saku di dada kiri. Pada cucian pertama warna sedikit luntur, jadi cuci terpisah dengan air dingin.',
    price: 285000,
    stock: 18,
    options: [{ name: 'Ukuran', values: ['S', 'M', 'L', 'XL', 'XXL'] }],
    images: [
      '/images/demo/products/kemeja-batik-parang.webp',
      '/images/demo/products/kemeja-batik-parang-2.webp',
    ],
  },
  {
    sku: 'kemeja-batik-mega-mendung',
    collection: 'batik',
    name: 'Kemeja Batik Mega Mendung',
    description:
      'Kemeja lengan pendek katun dengan motif mega mendung biru khas Trusmi, Cirebon, perpaduan teknik cap dan tulis. Ukuran mengikuti standar Indonesia, kira-kira satu nomor lebih kecil dari ukuran Eropa.',
    price: 265000,
    stock: 11,
    options: [{ name: 'Ukuran', values: ['M', 'L', 'XL'] }],
    images: ['/images/demo/products/kemeja-batik-mega-mendung.webp'],
  },
  {
    sku: 'kain-batik-tulis-kawung',
    collection: 'batik',
    name: 'Kain Batik Tulis Kawung',
    description:
      'Kain batik tulis motif kawung karya pembatik Kampung Batik Giriloyo, Imogiri, dengan pewarna alami soga dan indigo. Katun primisima ukuran 2,1 × 1,15 m. Satu lembar dikerjakan sekitar enam minggu, jadi stoknya sangat terbatas.',
    price: 1250000,
    stock: 2,
    options: [],
    images: [
      '/images/demo/products/kain-batik-tulis-kawung.webp',
      '/images/demo/products/kain-batik-tulis-kawung-2.webp',
    ],
  },
  {
    sku: 'selendang-batik-truntum',
    collection: 'batik',
    name: 'Selendang Batik Truntum Sogan',
    description:
      'Selendang rayon motif truntum warna sogan, batik cap dari Solo, ukuran 180 × 50 cm dengan rumbai di kedua ujung. Ringan dan adem dipakai sebagai syal atau penutup bahu.',
    price: 175000,
    stock: 9,
    options: [],
    images: ['/images/demo/products/selendang-batik-truntum.webp'],
  },
  {
    sku: 'kain-batik-buketan-pekalongan',
    collection: 'batik',
    name: 'Kain Batik Cap Buketan Pekalongan',
    description:
      'Kain batik cap motif buketan (rangkaian bunga) khas pesisir Pekalongan dengan warna cerah. Katun prima ukuran 2 × 1,15 m, pas untuk dijahit jadi kemeja atau dress.',
    price: 225000,
    stock: 14,
    options: [{ name: 'Warna dasar', values: ['Krem', 'Biru muda', 'Hijau mint'] }],
    images: ['/images/demo/products/kain-batik-buketan-pekalongan.webp'],
  },
  {
    sku: 'daster-batik-ceplok',
    collection: 'batik',
    name: 'Daster Batik Cap Ceplok',
    description:
      'Daster rayon motif ceplok dari Pekalongan, adem dan jatuh di badan. Satu ukuran (all size) untuk lingkar dada sampai 110 cm, panjang 115 cm.',
    price: 95000,
    stock: 32,
    options: [{ name: 'Warna', values: ['Merah marun', 'Biru dongker', 'Hijau botol'] }],
    images: ['/images/demo/products/daster-batik-ceplok.webp'],
  },

  // Kerajinan
  {
    sku: 'mangkuk-kayu-jati',
    collection: 'kerajinan',
    name: 'Mangkuk Kayu Jati Jepara',
    description:
      'Mangkuk saji dari kayu jati Jepara, dibubut dari satu potong kayu dan dilapis minyak food-grade. Diameter 20 cm, tinggi 8 cm. Cuci dengan tangan dan jangan direndam.',
    price: 145000,
    stock: 16,
    options: [],
    images: ['/images/demo/products/mangkuk-kayu-jati.webp'],
  },
  {
    sku: 'tas-rotan-bulat',
    collection: 'kerajinan',
    name: 'Tas Rotan Bulat Lombok',
    description:
      'Tas selempang bulat dari rotan anyaman perajin Lombok, diameter 20 cm, dengan tali kulit sintetis dan lapisan dalam kain batik. Muat ponsel, dompet, dan kunci.',
    price: 235000,
    stock: 0,
    options: [{ name: 'Warna', values: ['Natural', 'Cokelat tua'] }],
    images: ['/images/demo/products/tas-rotan-bulat.webp'],
  },
  {
    sku: 'wayang-kulit-arjuna',
    collection: 'kerajinan',
    name: 'Wayang Kulit Arjuna',
    description:
      'Wayang kulit tokoh Arjuna dari kulit kerbau yang ditatah dan disungging tangan oleh perajin Dusun Pucung, Imogiri, Bantul. Tinggi sekitar 60 cm dengan gapit dari tanduk kerbau. Karena buatan tangan, tiap wayang sedikit berbeda.',
    price: 650000,
    stock: 1,
    options: [],
    images: [
      '/images/demo/products/wayang-kulit-arjuna.webp',
      '/images/demo/products/wayang-kulit-arjuna-2.webp',
    ],
  },
  {
    sku: 'kendi-gerabah-kasongan',
    collection: 'kerajinan',
    name: 'Kendi Gerabah Kasongan',
    description:
      'Kendi tanah liat dari sentra gerabah Kasongan, Bantul, dibakar secara tradisional tanpa glasir sehingga air di dalamnya tetap sejuk. Kapasitas sekitar 1,5 liter, tinggi 25 cm.',
    price: 85000,
    stock: 20,
    options: [],
    images: ['/images/demo/products/kendi-gerabah-kasongan.webp'],
  },
  {
    sku: 'hiasan-ukir-toraja',
    collection: 'kerajinan',
    name: 'Hiasan Dinding Ukir Toraja',
    description:
      "Panel kayu ukir motif pa'barre allo (matahari) dari perajin Kete Kesu, Toraja Utara, diwarnai pigmen merah, kuning, putih, dan hitam. Ukuran 30 × 40 cm, sudah ada gantungan di belakang.",
    price: 320000,
    stock: 4,
    options: [],
    images: ['/images/demo/products/hiasan-ukir-toraja.webp'],
  },
  {
    sku: 'tatakan-gelas-pandan',
    collection: 'kerajinan',
    name: 'Tatakan Gelas Anyaman Pandan (isi 6)',
    description:
      'Set enam tatakan gelas dari anyaman daun pandan buatan perajin Rajapolah, Tasikmalaya. Diameter 10 cm dan tahan panas untuk cangkir kopi atau teh.',
    price: 45000,
    stock: 40,
    options: [{ name: 'Warna', values: ['Natural', 'List hijau', 'List merah'] }],
    images: ['/images/demo/products/tatakan-gelas-pandan.webp'],
  },

  // Kopi
  {
    sku: 'kopi-arabika-gayo',
    collection: 'kopi',
    name: 'Kopi Arabika Gayo 200 g',
    description:
      'Arabika single origin dari dataran tinggi Gayo, Aceh Tengah (1.400–1.600 mdpl), proses giling basah, sangrai medium. Rasa rempah dan cokelat dengan keasaman rendah. Kami sangrai di Yogyakarta setiap Senin dan Kamis.',
    price: 95000,
    stock: 30,
    options: [{ name: 'Gilingan', values: GILINGAN }],
    images: [
      '/images/demo/products/kopi-arabika-gayo.webp',
      '/images/demo/products/kopi-arabika-gayo-2.webp',
    ],
  },
  {
    sku: 'kopi-arabika-toraja-sapan',
    collection: 'kopi',
    name: 'Kopi Arabika Toraja Sapan 200 g',
    description:
      'Arabika dari Sapan, Toraja Utara (1.500–1.900 mdpl), proses semi-washed, sangrai medium. Body tebal dengan rasa gula aren dan buah beri gelap.',
    price: 110000,
    stock: 22,
    options: [{ name: 'Gilingan', values: GILINGAN }],
    images: ['/images/demo/products/kopi-arabika-toraja-sapan.webp'],
  },
  {
    sku: 'kopi-robusta-temanggung',
    collection: 'kopi',
    name: 'Kopi Robusta Temanggung 250 g',
    description:
      'Robusta petik merah dari lereng Gunung Sindoro, Temanggung, proses natural, sangrai medium-dark. Pahitnya bersih dan body-nya tebal, cocok untuk kopi tubruk atau kopi susu.',
    price: 65000,
    stock: 45,
    options: [{ name: 'Gilingan', values: GILINGAN }],
    images: ['/images/demo/products/kopi-robusta-temanggung.webp'],
  },
  {
    sku: 'cold-brew-gayo-1l',
    collection: 'kopi',
    name: 'Cold Brew Arabika Gayo 1 Liter',
    description:
      'Cold brew diseduh 18 jam dari arabika Gayo, tanpa gula dan tanpa pengawet, dalam botol kaca. Tahan 7 hari di kulkas. Karena harus tetap dingin, hanya dikirim dengan kurir instan di area Yogyakarta.',
    price: 85000,
    stock: 6,
    options: [],
    images: ['/images/demo/products/cold-brew-gayo-1l.webp'],
  },
  {
    sku: 'paket-cicip-kopi-nusantara',
    collection: 'kopi',
    name: 'Paket Cicip Kopi Nusantara (4 × 50 g)',
    description:
      'Empat kopi dalam kemasan 50 g: Arabika Gayo, Toraja Sapan, Kintamani Bali, dan Robusta Temanggung, dalam kotak kardus daur ulang. Cocok untuk hadiah atau untuk mencari kopi favorit sebelum membeli kemasan besar.',
    price: 120000,
    stock: 8,
    options: [{ name: 'Gilingan', values: ['Biji utuh', 'Bubuk sedang'] }],
    images: ['/images/demo/products/paket-cicip-kopi-nusantara.webp'],
  },
];
