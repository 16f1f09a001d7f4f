/** Cytoscape's style sheet: nodes in their kind's colour with dark labels, edges labelled on hover. */
import type { StylesheetJson } from 'cytoscape';

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      color: '#1c1c1c',
      'font-size': 10,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      width: 18,
      height: 18,
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'node.centre', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#1c1c1c', 'font-weight': 'bold' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#e66100' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#77767b',
      'target-arrow-color': '#77767b',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'arrow-scale': 0.8,
    },
  },
  { selector: 'edge:selected', style: { width: 3, 'line-color': '#e66100', 'target-arrow-color': '#e66100', label: 'data(label)', 'font-size': 10 } },
];
