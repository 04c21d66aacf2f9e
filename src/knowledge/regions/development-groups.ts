import { worldCountries } from '../countries/world-countries.js';
import type { CountryGroupSpec } from './country-groups.js';

/*
 * Groups by income and development ("developing countries", "LDCs", "the Global South") and
 * the blocs people name beside them. Income groups change every 1 July, when the World Bank
 * reclassifies: update them then, with the source line.
 */

const INCOME_SOURCE =
  'World Bank country classifications by income level, fiscal year 2026 (1 July 2025); Venezuela is unclassified.';

const LOW_INCOME = 'AF BF BI CD CF ER ET GM GW KP LR MG ML MW MZ NE RW SD SL SO SS SY TD TG UG YE';
const LOWER_MIDDLE_INCOME =
  'AO BD BJ BO BT CG CI CM DJ EG FM GH GN HN HT IN JO KE KG KH KI KM LA LB LK LS MA MM MR NA NG NI NP PG ' +
  'PH PK SB SN ST SZ TJ TL TN TZ UZ VN VU ZM ZW';
const UPPER_MIDDLE_INCOME =
  'AL AM AR AZ BA BR BW BY BZ CN CO CU CV DM DO DZ EC FJ GA GD GE GQ GT GY ID IQ IR JM KZ LC LY MD ME MH ' +
  'MK MN MU MV MX MY PE PS PY RS SR SV TH TM TO TR TV UA VC WS XK ZA';
const HIGH_INCOME =
  'AD AE AG AS AT AU AW BB BE BG BH BM BN BS CA CH CL CR CW CY CZ DE DK EE ES FI FO FR GB GG GI GL GR GU ' +
  'HK HR HU IE IL IM IS IT JE JP KN KR KW KY LI LT LU LV MC MF MO MP MT NC NL NO NR NZ OM PA PF PL PR PT ' +
  'PW QA RO RU SA SC SE SG SI SK SM SX TC TT TW US UY VG VI';

const codes = (list: string) => list.split(' ');

export const DEVELOPMENT_GROUPS: readonly CountryGroupSpec[] = [
  {
    id: 'high-income',
    label: 'high-income countries',
    names: [
      'high income',
      'high income countries',
      'high income country',
      'high income economies',
      'HICs',
      'rich countries',
      'richer countries',
      'wealthy countries',
      'developed countries',
      'developed country',
      'developed nations',
      'developed world',
      'developed economies',
      'advanced economies',
      'industrialised countries',
      'industrialized countries',
      'global north',
    ],
    members: codes(HIGH_INCOME),
    source: INCOME_SOURCE,
  },
  {
    id: 'low-and-middle-income',
    label: 'low- and middle-income countries',
    names: [
      'low and middle income',
      'low and middle income countries',
      'low and middle income economies',
      'LMIC',
      'LMICs',
      'developing countries',
      'developing country',
      'developing nations',
      'developing world',
      'developing economies',
      'emerging economies',
      'emerging markets',
      'emerging and developing economies',
      'global south',
      'poorer countries',
      'poor countries',
      'third world',
    ],
    members: [...codes(LOW_INCOME), ...codes(LOWER_MIDDLE_INCOME), ...codes(UPPER_MIDDLE_INCOME)],
    source: INCOME_SOURCE,
  },
  {
    id: 'middle-income',
    label: 'middle-income countries',
    names: [
      'middle income',
      'middle income countries',
      'middle income country',
      'middle income economies',
      'MICs',
    ],
    members: [...codes(LOWER_MIDDLE_INCOME), ...codes(UPPER_MIDDLE_INCOME)],
    source: INCOME_SOURCE,
  },
  {
    id: 'low-income',
    label: 'low-income countries',
    names: [
      'low income',
      'low income countries',
      'low income country',
      'low income economies',
      'LICs',
      'poorest countries',
    ],
    members: codes(LOW_INCOME),
    source: INCOME_SOURCE,
  },
  {
    id: 'lower-middle-income',
    label: 'lower-middle-income countries',
    names: ['lower middle income', 'lower middle income countries', 'lower middle income economies'],
    members: codes(LOWER_MIDDLE_INCOME),
    source: INCOME_SOURCE,
  },
  {
    id: 'upper-middle-income',
    label: 'upper-middle-income countries',
    names: ['upper middle income', 'upper middle income countries', 'upper middle income economies'],
    members: codes(UPPER_MIDDLE_INCOME),
    source: INCOME_SOURCE,
  },
  {
    id: 'ldc',
    label: 'least developed countries',
    names: ['least developed countries', 'least developed country', 'least developed nations', 'LDC', 'LDCs'],
    members: codes(
      'AO BJ BF BI CF TD KM CD DJ ER ET GM GN GW LS LR MG MW ML MR MZ NE RW SN SL SO SS SD TG UG TZ ZM ' +
        'AF BD KH LA MM NP TL YE KI SB TV HT',
    ),
    source:
      'UN Committee for Development Policy list of least developed countries (44, after São Tomé and Príncipe graduated in December 2024).',
  },
  {
    id: 'sids',
    label: 'small island developing states',
    names: [
      'SIDS',
      'small island developing states',
      'small island states',
      'small island state',
      'small island nations',
      'small island countries',
      'small islands',
      'island states',
      'island nations',
    ],
    members: codes(
      'AG BS BB BZ CU DM DO GD GY HT JM KN LC VC SR TT FJ KI MH FM NR PW PG WS SB TL TO TV VU BH CV KM GW ' +
        'MV MU ST SC SG',
    ),
    source: 'UN-OHRLLS list of small island developing states: its UN members.',
  },
  {
    id: 'landlocked',
    label: 'landlocked countries',
    names: [
      'landlocked',
      'landlocked countries',
      'landlocked country',
      'landlocked states',
      'landlocked nations',
      'LLDCs',
    ],
    members: worldCountries.filter((c) => c.landlocked && c.independent).map((c) => c.cca2),
    source: 'world-countries: independent countries marked landlocked.',
  },
  {
    id: 'african-union',
    label: 'the African Union',
    names: ['African Union', 'AU members', 'African Union members', 'African Union countries'],
    members: [
      ...worldCountries.filter((c) => c.region === 'Africa' && c.independent).map((c) => c.cca2),
      'EH',
    ],
    source: 'African Union member states (au.int): every African state and the Sahrawi Republic.',
  },
  {
    id: 'asean',
    label: 'ASEAN',
    names: ['ASEAN countries', 'ASEAN members', 'ASEAN member states', 'Southeast Asian nations'],
    members: codes('BN KH ID LA MY MM PH SG TH VN TL'),
    source: 'ASEAN member states (asean.org), with Timor-Leste, admitted in October 2025.',
  },
  {
    id: 'mercosur',
    label: 'Mercosur',
    names: ['Mercosul', 'Mercosur countries', 'Mercosur members'],
    members: codes('AR BR PY UY BO'),
    source: 'Mercosur full members (mercosur.int), with Bolivia since July 2024; Venezuela is suspended.',
  },
  {
    id: 'brics',
    label: 'BRICS',
    names: ['BRICS countries', 'BRICS members', 'BRICS nations'],
    members: codes('BR RU IN CN ZA EG ET IR AE ID'),
    source:
      'BRICS members: the five founders, Egypt, Ethiopia, Iran and the UAE (2024) and Indonesia (2025).',
  },
  {
    id: 'commonwealth',
    label: 'the Commonwealth',
    names: [
      'Commonwealth countries',
      'Commonwealth of Nations',
      'Commonwealth members',
      'Commonwealth nations',
    ],
    members: codes(
      'AG AU BS BD BB BZ BW BN CM CA CY DM SZ FJ GA GM GH GD GY IN JM KE KI LS MW MY MV MT MU MZ NA NR NZ ' +
        'NG PK PG RW KN LC VC WS SC SL SG SB ZA LK TZ TG TO TT TV UG GB VU ZM',
    ),
    source: 'Commonwealth member countries (thecommonwealth.org): 56.',
  },
];
