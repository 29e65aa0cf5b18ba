// What the planning face adds to the cockpit's ECharts parts (staff/charts/echarts.ts): the map of the
// social areas, its colour scale, and ECharts' accessibility patterns (decals) so the charts read in
// greyscale. Loaded only through a dynamic import(), so it is a chunk of its own.
import { MapChart } from 'echarts/charts';
import { AriaComponent, VisualMapComponent } from 'echarts/components';
import { registerMap, use } from 'echarts/core';

use([MapChart, VisualMapComponent, AriaComponent]);

export { registerMap };
