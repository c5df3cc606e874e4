/**
 * The app draws on canvas only; the chart tests render options to SVG strings in Node (server-side
 * rendering needs no DOM), so the SVG renderer is registered for tests alone.
 */
import { use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([SVGRenderer]);
